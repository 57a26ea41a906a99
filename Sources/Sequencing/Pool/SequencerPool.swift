import Psychometrics

/// The items a test may draw from, indexed for the sequencer, with their IRT parameters as a
/// struct-of-arrays ``Psychometrics/DichotomousPool`` for the adaptive hot path.
///
/// The pool is the test specification's pool filter already applied: every item in it may be
/// delivered. Item `i` of ``items`` is item `i` of ``parameters``. Building the pool makes the
/// enemy relation symmetric, drops self-references and duplicates, and groups the items that
/// share a stimulus into ``stimulusSets`` (members in pool order).
public struct SequencerPool: Sendable {
    /// The items in pool order; `items[i].index == i`.
    public let items: [SequencerItem]
    /// IRT parameters of every item (a placeholder a = 1, b = 0 where ``SequencerItem/parameters``
    /// is nil).
    public let parameters: DichotomousPool
    /// Items sharing a stimulus, in order of each set's first member.
    public let stimulusSets: [StimulusSet]
    private let indexByID: [String: Int]

    /// Builds a pool from sequencer items, in order, on the scaling constant `scaling` of
    /// their parameters (D = 1, the logistic metric, unless stated).
    ///
    /// - Throws: ``SequencingError/duplicateItem(id:)`` when two items share an id.
    /// - Precondition: every enemy index is a position in `items`.
    public init(items: [SequencerItem], scaling: Double = 1) throws(SequencingError) {
        var items = items
        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(items.count)
        for position in items.indices {
            items[position].index = position
            guard indexByID.updateValue(position, forKey: items[position].id) == nil else {
                throw .duplicateItem(id: items[position].id)
            }
        }
        // Symmetric, duplicate-free enemy lists: "A cues B" forbids the pair whichever lists it.
        var enemySets = [Set<Int>](repeating: [], count: items.count)
        for item in items {
            for enemy in item.enemies where enemy != item.index {
                precondition(items.indices.contains(enemy), "item \(item.id): enemy index \(enemy) is outside the pool")
                enemySets[item.index].insert(enemy)
                enemySets[enemy].insert(item.index)
            }
        }
        var sets: [StimulusSet] = []
        var setByStimulus: [String: Int] = [:]
        for position in items.indices {
            items[position].enemies = enemySets[position].sorted()
            guard let stimulus = items[position].stimulus else {
                items[position].stimulusSet = nil
                continue
            }
            let set = setByStimulus[stimulus] ?? sets.count
            if set == sets.count {
                setByStimulus[stimulus] = set
                sets.append(StimulusSet(id: stimulus, members: []))
            }
            sets[set].members.append(position)
            items[position].stimulusSet = set
        }
        let placeholder = DichotomousItem(a: 1, b: 0)
        self.items = items
        self.parameters = DichotomousPool(items: items.map { $0.parameters ?? placeholder }, scaling: scaling)
        self.stimulusSets = sets
        self.indexByID = indexByID
    }

    /// Number of items.
    public var count: Int { items.count }

    /// Item `index`.
    public subscript(index: Int) -> SequencerItem { items[index] }

    /// The pool position of the item with the given id, if it is in the pool.
    public func index(ofID id: String) -> Int? { indexByID[id] }
}
