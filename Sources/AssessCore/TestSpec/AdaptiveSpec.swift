/// The design of a computerized adaptive test: where θ starts, how the next item is chosen
/// and θ re-estimated, how exposure and content are controlled, and when the test stops.
///
/// Each step, given the responses so far, the sequencer estimates θ (``estimator``), removes
/// items that the blueprint, enemies, stimulus sets or ``exposure`` control rule out, picks the
/// next item by ``selector`` from the content area ``contentBalancing`` asks for, and checks
/// ``stopping``. Only scored (`active`) items count towards lengths, θ and the blueprint;
/// pretest items (``TestSpec/pretest``) are delivered in addition and never scored.
public struct AdaptiveSpec: Sendable, Hashable, Codable {
    /// The θ the first item is chosen for.
    public var start: StartRule
    /// The item-selection criterion.
    public var selector: SelectionRule
    /// How θ and its standard error are estimated after each response.
    public var estimator: EstimatorSettings
    /// How over-use of the most informative items is limited.
    public var exposure: ExposureSpec
    /// How the blueprint's ranges are met as the test goes on.
    public var contentBalancing: ContentBalancing
    /// When the test ends, and on what decision.
    public var stopping: StoppingRules

    public init(
        start: StartRule = .fixed(theta: 0), selector: SelectionRule = .maximumInformation,
        estimator: EstimatorSettings = EstimatorSettings(), exposure: ExposureSpec = .none,
        contentBalancing: ContentBalancing = .none, stopping: StoppingRules
    ) {
        self.start = start
        self.selector = selector
        self.estimator = estimator
        self.exposure = exposure
        self.contentBalancing = contentBalancing
        self.stopping = stopping
    }
}
