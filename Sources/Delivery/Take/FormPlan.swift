import AssessCore
import Records
import Sequencing

/// The form a new attempt delivers: the items in order for linear and random-form tests, none
/// for adaptive tests (each item is chosen from the responses, from a pool without the items
/// earlier attempts rule out; see ``PriorAttempts``).
struct FormPlan {
    var mode: DeliveryMode
    var form: [String]?

    static func make(spec: TestSpec, bank: ItemBank, seed: UInt64, prior: PriorAttempts) throws -> FormPlan {
        if case .adaptive = spec.mode {
            // Nothing to draw yet, but build the engine now, so that a test that cannot run is
            // refused before an attempt is recorded (and counted against the attempt limit).
            do {
                _ = try AdaptiveSource.test(spec: spec, bank: bank, prior: prior)
            } catch let error as DeliveryError {
                throw error
            } catch {
                throw DeliveryError.cannotAssemble("\(error)")
            }
            return FormPlan(mode: .adaptive, form: nil)
        }
        return try prior.firstFeasible { excluded in try make(spec: spec, bank: bank, seed: seed, excluding: excluded) }
    }

    private static func make(spec: TestSpec, bank: ItemBank, seed: UInt64, excluding excluded: Set<String>) throws -> FormPlan {
        var generator = SplitMix64(seed: seed)
        do {
            switch spec.mode {
            case .adaptive:
                return FormPlan(mode: .adaptive, form: nil)
            case .linear:
                let pool = try SequencerPool(spec: spec, bank: bank, excluding: excluded)
                let form = try LinearDesign(spec: spec, pool: pool).form(from: pool, using: &generator)
                return FormPlan(mode: .linear, form: form.map { pool.items[$0].id })
            case .randomForm:
                let pool = try SequencerPool(spec: spec, bank: bank, excluding: excluded)
                let form = try RandomFormDesign(spec: spec).assemble(from: pool, using: &generator)
                return FormPlan(mode: .randomForm, form: form.map { pool.items[$0].id })
            }
        } catch {
            throw DeliveryError.cannotAssemble("\(error)")
        }
    }
}
