import AssessCore
import Psychometrics

/// Building a pool from bank items.
extension SequencerPool {
    /// Builds a pool from bank items, in order: `active` items are scored, `pilot` items are
    /// pretest; enemies are resolved to positions (enemies outside the pool are dropped: they
    /// cannot be delivered with it anyway).
    ///
    /// IRT parameters come from `parameters` when given (item `i` ↔ pool item `i`, every item
    /// calibrated), otherwise from each item's ``AssessCore/IRTParameters``: Rasch, 2PL and 3PL
    /// items get their a, b, c, converted to D = 1 by a ← D·a (D enters the model only through
    /// D·a, so the conversion is exact); polytomous and uncalibrated items get none.
    ///
    /// - Throws: ``SequencingError/undeliverableItem(id:status:)`` for draft and retired items,
    ///   ``SequencingError/duplicateItem(id:)`` for a repeated id.
    /// - Precondition: `parameters`, when given, has one entry per item.
    public init(items: [Item], parameters: DichotomousPool? = nil) throws(SequencingError) {
        if let parameters {
            precondition(
                parameters.count == items.count,
                "parameter pool has \(parameters.count) items, the item list \(items.count)")
        }
        var positionByID: [String: Int] = [:]
        for (position, item) in items.enumerated() where positionByID[item.id] == nil {
            positionByID[item.id] = position
        }
        var converted: [SequencerItem] = []
        converted.reserveCapacity(items.count)
        for (position, item) in items.enumerated() {
            let role: SequencerItem.Role
            switch item.status {
            case .active: role = .scored
            case .pilot: role = .pretest
            case .draft, .retired: throw .undeliverableItem(id: item.id, status: item.status)
            }
            let dichotomous: DichotomousItem?
            if let parameters {
                let given = parameters[position]
                // The caller's pool may use another D; carry it over as D·a on the logistic metric.
                dichotomous = DichotomousItem(a: given.a * parameters.scaling, b: given.b, c: given.c, d: given.d)
            } else {
                dichotomous = Self.dichotomous(item.irt)
            }
            converted.append(
                SequencerItem(
                    index: position, id: item.id, block: item.classification.block?.rawValue,
                    module: item.classification.module, objective: item.classification.objective,
                    enemies: item.enemies.compactMap { positionByID[$0] }, stimulus: item.stimulus, role: role,
                    parameters: dichotomous))
        }
        try self.init(items: converted)
    }

    /// Dichotomous parameters on D = 1, or nil for polytomous and uncalibrated items.
    static func dichotomous(_ irt: IRTParameters?) -> DichotomousItem? {
        guard let irt, irt.model.isDichotomous, let b = irt.b, irt.a > 0, irt.a.isFinite, b.isFinite,
            irt.c >= 0, irt.c < 1
        else { return nil }
        let a = irt.model == .rasch ? 1 : irt.a
        let c = irt.model == .threePL ? irt.c : 0
        return DichotomousItem(a: a * irt.scalingConstant, b: b, c: c)
    }
}
