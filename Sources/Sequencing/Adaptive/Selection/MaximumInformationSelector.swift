import Psychometrics

/// Maximum Fisher information at the current θ (Lord 1980, ch. 10; Weiss 1982): the score of
/// item i is I_i(θ̂) = P_i′(θ̂)² / (P_i(θ̂)·Q_i(θ̂)), which for a 3PL item is
/// a²·(Q/P)·((P − c)/(1 − c))² (D = 1).
///
/// Computed by ``Psychometrics/DichotomousPool/information(ofItem:at:)``: one exponential per
/// candidate.
public struct MaximumInformationSelector: ItemSelector, Hashable {
    public init() {}

    public func score(_ candidates: [Int], count: Int, state: SelectionState, into scores: inout [Double]) {
        let parameters = state.parameters
        let theta = state.theta
        scores.withUnsafeMutableBufferPointer { scores in
            for k in 0..<count { scores[k] = parameters.information(ofItem: candidates[k], at: theta) }
        }
    }
}
