/// An adaptive test's design: start, θ update, item selection, exposure control, content
/// blueprint, pretest seeding and stopping — each a swappable part, as in catsim
/// (``ThetaInitializer``, ``ThetaEstimator``, ``ItemSelector``, ``StoppingRule``).
///
/// A design is compiled against a pool by ``AdaptiveTest``, which checks it; sessions are then
/// started from the compiled test.
///
/// **Content balancing** (when ``blueprint`` is set) is the Kingsbury & Zara (1989)
/// constrained rule, made to guarantee the blueprint's ranges at the maximum length L:
///
/// 1. an area whose count has reached its maximum at L is closed;
/// 2. when the places left, L − t, equal the total shortfall to the minimums at L, only the
///    areas below their minimum are open (so the minimums are always met by L);
/// 3. among the open areas, the one furthest behind — the largest target share minus
///    achieved share c_a/t (``ContentBlueprint/targetShares(length:)``; ties to the area
///    listed first) — supplies the candidates; if none of its items can be given (used,
///    enemy on the test, a set too big for what is left), the next area is tried.
///
/// A unit (single item or whole stimulus set) fits only if it keeps every area at or below
/// its maximum, the test at or below L, and the shortfall within the places left. A stopping
/// rule may end the test only at a length where the counts satisfy the blueprint
/// (``ContentBlueprint/admits(count:area:length:)``), so every test that stops by a rule or at
/// the maximum length satisfies it. Only a time-out, or a pool exhausted by enemies and sets,
/// can end a test outside it.
///
/// **Stimulus sets**: a set's scored items are a unit. It is a candidate in every area one of
/// its items belongs to, scores the mean of its items' scores, and once chosen is delivered
/// whole, consecutively, in authored order. Sets with an enemy pair inside, or an item outside
/// the blueprint's areas, are never selected.
public struct AdaptiveDesign: Sendable {
    public var start: any ThetaInitializer
    public var estimation: any ThetaEstimator
    public var selector: any ItemSelector
    public var exposure: ExposureControl
    public var blueprint: ContentBlueprint?
    public var pretest: PretestPlan
    public var stopping: AdaptiveStopping

    public init(
        start: any ThetaInitializer = StartingTheta.fixed(0),
        estimation: any ThetaEstimator = ThetaEstimation(),
        selector: any ItemSelector = MaximumInformationSelector(),
        exposure: ExposureControl = .none,
        blueprint: ContentBlueprint? = nil,
        pretest: PretestPlan = PretestPlan(),
        stopping: AdaptiveStopping
    ) {
        self.start = start
        self.estimation = estimation
        self.selector = selector
        self.exposure = exposure
        self.blueprint = blueprint
        self.pretest = pretest
        self.stopping = stopping
    }
}
