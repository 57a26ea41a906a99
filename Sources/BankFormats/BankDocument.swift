import AssessCore

/// What a reader made of one input file: the items and stimuli it defines, where each was
/// defined, and every problem found on the way.
///
/// Readers never throw on bad content: they collect located diagnostics and keep going, so
/// that one run reports every problem. A document with errors is never written anywhere.
public struct BankDocument: Sendable {
    /// The file the document was read from, as given by the user (used in diagnostics).
    public var file: String
    public var items: [Item]
    public var stimuli: [Stimulus]
    /// Where each item starts, by item id (first definition wins).
    public var itemLocations: [String: SourceLocation]
    /// Where each stimulus starts, by stimulus id.
    public var stimulusLocations: [String: SourceLocation]
    public var diagnostics: Diagnostics

    public init(file: String) {
        self.file = file
        self.items = []
        self.stimuli = []
        self.itemLocations = [:]
        self.stimulusLocations = [:]
        self.diagnostics = Diagnostics()
    }

    /// Adds an item defined at `location`.
    public mutating func add(_ item: Item, at location: SourceLocation) {
        items.append(item)
        if itemLocations[item.id] == nil { itemLocations[item.id] = location }
    }

    /// Adds a stimulus defined at `location`.
    public mutating func add(_ stimulus: Stimulus, at location: SourceLocation) {
        stimuli.append(stimulus)
        if stimulusLocations[stimulus.id] == nil { stimulusLocations[stimulus.id] = location }
    }

    /// The location of an item, or of the file when unknown.
    public func location(ofItem id: String) -> SourceLocation {
        itemLocations[id] ?? SourceLocation(file: file)
    }
}
