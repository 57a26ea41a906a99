import AssessCore

/// The expected failures of the sequencing layer, each carrying what caused it.
///
/// Item positions are indices into the ``SequencerPool`` the caller built; item ids are the
/// bank's. Programmer errors (an index outside the pool, a response recorded when no item is
/// pending) trap with a `precondition` instead.
public enum SequencingError: Error, Sendable, Hashable {
    /// An item that cannot be delivered (draft or retired) was put in a pool.
    case undeliverableItem(id: String, status: ItemStatus)
    /// Two items of a pool share an id.
    case duplicateItem(id: String)
    /// An adaptive design needs dichotomous IRT parameters (Rasch, 2PL or 3PL) for every
    /// scored item it may select.
    case uncalibratedItem(id: String)
    /// A blueprint is malformed.
    case invalidBlueprint(BlueprintProblem)
    /// A design's settings contradict each other or the pool.
    case invalidDesign(DesignProblem)
    /// No form satisfies the blueprint, the enemies and the stimulus sets.
    case infeasibleForm(Infeasibility)
    /// A test specification asks for something the sequencer cannot do. `setting` names it as
    /// the spec file writes it (`time-limit.on-expiry: recent-estimates`); `reason` says why
    /// it cannot be honoured. Raised instead of ignoring the setting.
    case unsupportedSpecSetting(setting: String, reason: String)
    /// While rebuilding a session from recorded responses, the session would have given
    /// `expected` (nil: it would have stopped) at 0-based `position`, but `recorded` was
    /// delivered: the design, pool, seed or record differ from the original attempt's.
    case replayMismatch(position: Int, expected: Int?, recorded: Int)

    /// What is wrong with a blueprint.
    public enum BlueprintProblem: Sendable, Hashable {
        /// The blueprint names no area.
        case noAreas
        /// Two areas share a key.
        case duplicateArea(String)
        /// A share or share bound outside [0, 1], or a range whose lower bound exceeds its upper.
        case invalidRequirement(area: String)
        /// The target shares add up to more than 1, or (when every area has a target share)
        /// to other than 1.
        case sharesDoNotAddUp(sum: Double)
    }

    /// What is wrong with a design.
    public enum DesignProblem: Sendable, Hashable {
        /// Lengths must satisfy 1 ≤ minimum ≤ maximum.
        case invalidLength(minimum: Int, maximum: Int)
        /// At `length` the blueprint's minimum counts add up to more than the length, or its
        /// maximum counts to less.
        case blueprintDoesNotFitLength(length: Int, minimumTotal: Int, maximumTotal: Int)
        /// A stopping rule classifies against a cut, but the design has none.
        case classificationWithoutCut
        /// Randomesque selection needs k ≥ 1.
        case invalidRandomesqueCount(Int)
        /// Sympson–Hetter needs one probability in [0, 1] per pool item.
        case invalidExposureParameters(expected: Int, got: Int)
        /// Pretest positions must be ≥ 1 and strictly increasing.
        case invalidPretestPositions([Int])
        /// Drawn pretest positions need 0 ≤ count ≤ the size of the range, within positions ≥ 1.
        case invalidPretestDraw(count: Int, range: ClosedRange<Int>)
        /// The a-stratified selector needs between 1 and the number of scored items strata.
        case invalidStrata(Int)
        /// A simulation needs at least one examinee, a positive SD and a non-empty grid.
        case invalidSimulation
    }

    /// Why no form could be drawn.
    public enum Infeasibility: Sendable, Hashable {
        /// The form length is outside what the blueprint allows: its minimum counts add up to
        /// `minimumTotal`, its maximum counts to `maximumTotal`.
        case lengthOutsideBlueprint(length: Int, minimumTotal: Int, maximumTotal: Int)
        /// The pool holds fewer eligible scored items than the form length.
        case tooFewItemsInPool(needed: Int, available: Int)
        /// An area holds fewer eligible items than its minimum count.
        case tooFewItems(area: String, needed: Int, available: Int)
        /// Counts can be met when enemies are ignored, but not with them.
        case enemiesPreventForm
        /// Every area has enough items, but no combination of whole stimulus sets and single
        /// items meets the counts exactly.
        case stimulusSetsPreventExactCounts
        /// The search gave up after `nodes` steps without finding a form or proving there is none.
        case searchLimitReached(nodes: Int)
    }
}
