/// Where an item sits in the curriculum and who stands behind it.
public struct Classification: Sendable, Hashable, Codable {
    /// The training block (content area of the blueprint).
    public var block: Block?
    /// Module identifier within the block (e.g. `safety-screening`).
    public var module: String?
    /// Learning objective or competency the item measures (e.g. `SAF-SCR-2`).
    public var objective: String?
    /// Cognitive level targeted.
    public var cognitiveLevel: CognitiveLevel?
    /// Free tags for pools and searches.
    public var tags: [String]
    /// Policy, statute or rule citations that support the key.
    public var references: [String]
    /// Who wrote the item.
    public var author: String?
    /// When the item was last reviewed, as an ISO 8601 date (`YYYY-MM-DD`).
    public var lastReviewed: String?
    /// Modules that develop what the item measures (self-assessment statements name the
    /// modules a low rating should send the worker to).
    public var addressedBy: [String]

    public init(
        block: Block? = nil, module: String? = nil, objective: String? = nil,
        cognitiveLevel: CognitiveLevel? = nil, tags: [String] = [], references: [String] = [],
        author: String? = nil, lastReviewed: String? = nil, addressedBy: [String] = []
    ) {
        self.block = block
        self.module = module
        self.objective = objective
        self.cognitiveLevel = cognitiveLevel
        self.tags = tags
        self.references = references
        self.author = author
        self.lastReviewed = lastReviewed
        self.addressedBy = addressedBy
    }
}

/// The five blocks of a child-protection caseworker training program.
public enum Block: String, Sendable, Hashable, Codable, CaseIterable {
    case foundations
    case safety
    case riskAndServicePlanning = "risk-and-service-planning"
    case permanencyAndWellBeing = "permanency-and-well-being"
    case legalAndCourtroom = "legal-and-courtroom"

    /// The block's name as people read it.
    public var title: String {
        switch self {
        case .foundations: "Foundations"
        case .safety: "Safety"
        case .riskAndServicePlanning: "Risk and service planning"
        case .permanencyAndWellBeing: "Permanency and well-being"
        case .legalAndCourtroom: "Legal and courtroom"
        }
    }
}

/// The cognitive level an item targets (a three-level reduction of Bloom's taxonomy).
public enum CognitiveLevel: String, Sendable, Hashable, Codable, CaseIterable {
    case recall, application, analysis
}
