/// A test specification: which items a test may use, how they are sequenced, and how the
/// attempt is timed, navigated, scored and reported.
///
/// A specification is data (a YAML file in `Scoring/`, docs/TEST-SPEC-FORMAT.md); the
/// sequencer, the delivery loop and scoring read it and never change it. An attempt records
/// the spec's ``contentHash`` so that its result can be recomputed with exactly the rules it
/// was taken under.
///
/// The parts are independent values, so a later capability (scaled scores, a standard-setting
/// study) adds a field or an enum case to one part without touching the others.
public struct TestSpec: Sendable, Hashable, Codable {
    /// Stable identifier (`fnd-casework-post`): lower-case letters, digits and hyphens. Attempts
    /// and other specs (``SeenItemRule/tests``) refer to the test by it; never reused.
    public var id: String
    /// The name a candidate reads before the first item.
    public var title: String
    /// What the test is for; decides which checks apply (a certification never reveals keys).
    public var purpose: TestPurpose
    /// Optional notes for administrators and evaluators (never shown as a clue).
    public var description: String?
    /// Which items of the bank the test may use.
    public var pool: ItemPool
    /// Linear, blueprint-random or adaptive sequencing, with the mode's own settings.
    public var mode: TestMode
    /// The content areas a form must cover, and how much of each; nil when any mix will do.
    public var blueprint: Blueprint?
    /// Unscored tryout (pilot) items seeded into the test; nil when none are delivered.
    public var pretest: PretestSpec?
    /// How long the candidate has, and what happens when the time runs out; nil when untimed.
    public var timeLimit: TimeLimit?
    /// Whether delivery shuffles each item's options (items authored with `shuffle: false`,
    /// such as true/false, always keep their order). The order shown is recorded.
    public var shuffleOptions: Bool
    /// What a candidate may do besides answering: skip, go back, flag, review (linear only).
    public var navigation: NavigationPolicy
    /// What the candidate is shown when the attempt ends.
    public var feedback: FeedbackPolicy
    /// How often and how soon the test may be taken, and which items a retake avoids.
    public var attempts: AttemptRules
    /// How responses become a score and a decision.
    public var scoring: ScoringPolicy

    public init(
        id: String, title: String, purpose: TestPurpose, description: String? = nil, pool: ItemPool, mode: TestMode,
        blueprint: Blueprint? = nil, pretest: PretestSpec? = nil, timeLimit: TimeLimit? = nil, shuffleOptions: Bool = true,
        navigation: NavigationPolicy = NavigationPolicy(), feedback: FeedbackPolicy = FeedbackPolicy(level: .score),
        attempts: AttemptRules = AttemptRules(), scoring: ScoringPolicy
    ) {
        self.id = id
        self.title = title
        self.purpose = purpose
        self.description = description
        self.pool = pool
        self.mode = mode
        self.blueprint = blueprint
        self.pretest = pretest
        self.timeLimit = timeLimit
        self.shuffleOptions = shuffleOptions
        self.navigation = navigation
        self.feedback = feedback
        self.attempts = attempts
        self.scoring = scoring
    }
}
