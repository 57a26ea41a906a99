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
        do {
            switch spec.mode {
            case .adaptive:
                // Nothing to draw yet, but build the engine now, so that a test that cannot run
                // is refused before an attempt is recorded (and counted against the limit).
                _ = try AdaptiveSource.test(spec: spec, bank: bank, prior: prior)
                return FormPlan(mode: .adaptive, form: nil)
            case .linear:
                return try prior.firstFeasible { excluded in
                    var generator = SplitMix64(seed: seed)
                    let pool = try SequencerPool(spec: spec, bank: bank, excluding: excluded)
                    let form = try LinearDesign(spec: spec, pool: pool).form(from: pool, using: &generator)
                    return FormPlan(mode: .linear, form: form.map { pool.items[$0].id })
                }
            case .randomForm:
                return try prior.firstFeasible { excluded in
                    var generator = SplitMix64(seed: seed)
                    let pool = try SequencerPool(spec: spec, bank: bank, excluding: excluded)
                    let form = try RandomFormDesign(spec: spec).assemble(from: pool, using: &generator)
                    return FormPlan(mode: .randomForm, form: form.map { pool.items[$0].id })
                }
            }
        } catch let error as DeliveryError {
            throw error
        } catch {
            throw DeliveryError.cannotAssemble("\(error)")
        }
    }
}
