import AssessCore

extension TestSpecValidator {
    /// The checks against a bank: the pool names what exists and is not empty, its items suit
    /// the scoring, mode, feedback, pretest and exposure settings, and it can supply the
    /// blueprint (``blueprintShortfalls(_:bank:specs:)``).
    public static func checkAgainstBank(
        _ spec: TestSpec, locations: TestSpecLocations, bank: ItemBank, specs: [String: TestSpec] = [:]
    ) -> Diagnostics {
        var diagnostics = Diagnostics()
        checkPoolReferences(spec.pool, locations: locations, bank: bank, into: &diagnostics)
        let items = spec.pool.items(in: bank)
        guard !items.isEmpty else {
            diagnostics.error("the pool selects no items from the bank", at: locations["pool"])
            return diagnostics
        }
        let scored = items.filter { $0.status == .active }
        let pilots = items.filter { $0.status == .pilot }
        checkItemKinds(spec, items: items, scored: scored, locations: locations, into: &diagnostics)
        checkPoolSize(spec, items: items, scored: scored, pilots: pilots, locations: locations, into: &diagnostics)
        if spec.feedback.revealsKeys {
            let secure = items.filter { $0.security == .secure }.map(\.id)
            if !secure.isEmpty {
                diagnostics.error(
                    "the pool holds \(count(secure.count, "secure item")) (\(list(secure))), whose keys are never shown; choose a lower feedback level or a practice pool",
                    at: locations["feedback"])
            }
        }
        if let blueprint = spec.blueprint, !isLinear(spec) {
            checkAreas(blueprint, scored: scored, locations: locations, into: &diagnostics)
        }
        for shortfall in blueprintShortfalls(spec, bank: bank, specs: specs) {
            diagnostics.error(shortfall.message, at: locations[shortfall.path])
        }
        return diagnostics
    }

    /// Every module, objective, tag and block the pool names is used by some item; every
    /// listed id exists and can be delivered.
    static func checkPoolReferences(_ pool: ItemPool, locations: TestSpecLocations, bank: ItemBank, into diagnostics: inout Diagnostics) {
        let named: [(key: String, values: [String], known: Set<String>)] = [
            ("blocks", pool.blocks.map(\.rawValue), Set(bank.items.compactMap(\.classification.block?.rawValue))),
            ("modules", pool.modules, Set(bank.items.compactMap(\.classification.module))),
            ("objectives", pool.objectives, Set(bank.items.compactMap(\.classification.objective))),
            ("tags", pool.tags, Set(bank.items.flatMap(\.classification.tags))),
        ]
        for (key, values, known) in named {
            let noun = String(key.dropLast())
            for (index, value) in values.enumerated() where !known.contains(value) {
                var message = "the pool names \(noun) '\(value)', which no item in the bank has"
                if let suggestion = Suggestion.closest(to: value, among: known.sorted()) { message += "; did you mean '\(suggestion)'?" }
                diagnostics.error(message, at: locations["pool.\(key).\(index)"])
            }
        }
        for (index, id) in pool.include.enumerated() {
            guard let item = bank[id] else {
                var message = "the pool includes item '\(id)', which is not in the bank"
                if let suggestion = Suggestion.closest(to: id, among: bank.items.map(\.id)) { message += "; did you mean '\(suggestion)'?" }
                diagnostics.error(message, at: locations["pool.include.\(index)"])
                continue
            }
            if item.status == .draft || item.status == .retired {
                diagnostics.error("the pool includes item '\(id)', which is \(item.status.rawValue) and never delivered", at: locations["pool.include.\(index)"])
            }
        }
        for (index, id) in pool.exclude.enumerated() where bank[id] == nil {
            diagnostics.warning("the pool excludes item '\(id)', which is not in the bank", at: locations["pool.exclude.\(index)"])
        }
    }

    /// Rating statements only in a rating profile, and only there; IRT parameters for θ.
    static func checkItemKinds(_ spec: TestSpec, items: [Item], scored: [Item], locations: TestSpecLocations, into diagnostics: inout Diagnostics) {
        if case .ratingProfile = spec.scoring.method {
            let choice = items.filter { $0.type != .ratingScale }.map(\.id)
            if !choice.isEmpty {
                diagnostics.error(
                    "the pool holds \(count(choice.count, "item")) that \(choice.count == 1 ? "is not a rating statement" : "are not rating statements") (\(list(choice))), but rating-profile scoring reads ratings; add 'types: [rating]' to the pool",
                    at: locations["pool"])
            }
            return
        }
        let ratings = items.filter { $0.type == .ratingScale }.map(\.id)
        if !ratings.isEmpty {
            diagnostics.error(
                "the pool holds \(count(ratings.count, "rating statement")) (\(list(ratings))), which \(spec.scoring.method.name) scoring cannot score; add 'types: [single, multiple, true-false]' to the pool",
                at: locations["pool"])
        }
        if case .theta = spec.scoring.method {
            let missing = scored.filter { !($0.irt?.model.isDichotomous ?? false) }.map(\.id)
            if !missing.isEmpty {
                diagnostics.error(
                    "θ scoring needs IRT parameters of a dichotomous model (rasch, 2pl, 3pl) on every scored item, but \(count(missing.count, "item")) \(missing.count == 1 ? "has" : "have") none (\(list(missing)))",
                    at: locations["scoring.method"])
            }
        }
    }

    /// The pool holds what the mode delivers: a linear test's stated length and no enemy pair;
    /// a random form's length; an adaptive test's maximum; the pretest count; randomesque's k;
    /// the Sympson–Hetter items.
    static func checkPoolSize(
        _ spec: TestSpec, items: [Item], scored: [Item], pilots: [Item], locations: TestSpecLocations, into diagnostics: inout Diagnostics
    ) {
        switch spec.mode {
        case .linear(let form):
            if let length = form.length, length != items.count {
                diagnostics.error("the pool holds \(count(items.count, "item")), not the \(length) that 'length' expects", at: locations["form.length"])
            }
            let ids = Set(items.map(\.id))
            var reported = Set<String>()
            for item in items {
                for enemy in item.enemies where ids.contains(enemy) && !reported.contains(item.id) {
                    reported.insert(enemy)
                    diagnostics.error(
                        "the pool holds both '\(item.id)' and its enemy '\(enemy)', and a linear test delivers every pool item", at: locations["pool"])
                }
            }
        case .randomForm:
            break  // the length is the supply check's (blueprintShortfalls)
        case .adaptive(let design):
            switch design.exposure {
            case .randomesque(let k) where k > scored.count:
                diagnostics.error("randomesque k \(k) is more than the pool's \(count(scored.count, "scored item"))", at: locations["adaptive.exposure.k"])
            case .sympsonHetter(let parameters):
                if case .perItem(let table) = parameters.parameters {
                    let ids = Set(scored.map(\.id))
                    for id in table.keys.sorted() where !ids.contains(id) {
                        diagnostics.error("the Sympson–Hetter table names '\(id)', which is not a scored item of the pool", at: locations["adaptive.exposure.k.\(id)"])
                    }
                }
            default: break
            }
        }
        if let pretest = spec.pretest, !isLinear(spec), pilots.count < pretest.count {
            let hint = spec.pool.statuses.contains(.pilot) ? "" : " (allow them with 'statuses: [active, pilot]')"
            diagnostics.error(
                "the pretest plan delivers \(count(pretest.count, "pilot item")) per attempt, but the pool has \(pilots.count)\(hint)", at: locations["pretest.count"])
        }
        if spec.pretest == nil, !pilots.isEmpty, !isLinear(spec) {
            diagnostics.warning(
                "the pool holds \(count(pilots.count, "pilot item")) (\(list(pilots.map(\.id)))), but no pretest plan delivers them", at: locations["pool.statuses"])
        }
    }

    /// Each area has scored items in the pool; scored items outside every area are reported,
    /// since they are never drawn.
    static func checkAreas(_ blueprint: Blueprint, scored: [Item], locations: TestSpecLocations, into diagnostics: inout Diagnostics) {
        let present = Set(scored.compactMap { blueprint.dimension.area(of: $0) })
        for (index, area) in blueprint.areas.enumerated() where !present.contains(area.area) {
            var message = "\(areaName(blueprint, index)) has no scored items in the pool"
            let unused = present.subtracting(blueprint.areas.map(\.area)).sorted()
            if let suggestion = Suggestion.closest(to: area.area, among: unused) { message += "; did you mean '\(suggestion)'?" }
            diagnostics.error(message, at: locations["blueprint.\(index)"])
        }
        let outside = scored.filter { blueprint.areaIndex(of: $0) == nil }.map(\.id)
        if !outside.isEmpty {
            diagnostics.warning(
                "\(count(outside.count, "scored pool item")) \(outside.count == 1 ? "is" : "are") in no blueprint area and never drawn (\(list(outside)))",
                at: locations["blueprint"])
        }
    }
}
