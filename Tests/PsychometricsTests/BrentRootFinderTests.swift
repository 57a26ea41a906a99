import Foundation
import Testing

@testable import Psychometrics

@Suite("Brent root finder")
struct BrentRootFinderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let lower: Double
        let upper: Double
        let root: Double
        /// Evaluations allowed; bisection alone would need about 43 on these brackets.
        let budget: Int
        let f: @Sendable (Double) -> Double
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "cos x = x", lower: 0, upper: 1, root: 0.7390851332151607, budget: 10, f: { cos($0) - $0 }),
        Case(
            name: "x³ − 2x − 5 (Wallis)", lower: 2, upper: 3, root: 2.0945514815423265, budget: 10,
            f: { $0 * $0 * $0 - 2 * $0 - 5 }),
        Case(name: "steep: e^{20x} − 1", lower: -1, upper: 3, root: 0, budget: 20, f: { exp(20 * $0) - 1 }),
        Case(
            name: "flat triple root (x − 1/3)³", lower: -2, upper: 5, root: 1.0 / 3, budget: 199,
            f: { pow($0 - 1.0 / 3, 3) }),
        Case(
            name: "decreasing logistic 1/(1+e^x) − 0.9", lower: -8, upper: 8, root: -log(9), budget: 12,
            f: { 1 / (1 + exp($0)) - 0.9 }),
    ]

    /// A flat triple root is Brent's hard case (scipy's brentq does not converge on it within
    /// 100 iterations at xtol 1e-12); it must still finish before the iteration cap.
    @Test("finds the root to its tolerance within the case's budget of evaluations", arguments: cases)
    func findsRoot(_ testCase: Case) {
        var evaluations = 0
        let root = BrentRootFinder.root(
            between: testCase.lower, and: testCase.upper,
            valuesAtEnds: (testCase.f(testCase.lower), testCase.f(testCase.upper))
        ) { x in
            evaluations += 1
            return testCase.f(x)
        }
        // The triple root is flat: f is below 1e-36 within 1e-12 of it, so ask only 1e-11 there.
        #expect(abs(root - testCase.root) < (testCase.name.contains("triple") ? 1e-11 : 2e-12))
        #expect(evaluations <= testCase.budget, "\(evaluations) evaluations")
    }

    @Test("a root at either end of the bracket is returned without iterating")
    func rootAtEnd() {
        var evaluations = 0
        let atLower = BrentRootFinder.root(between: 1, and: 2, valuesAtEnds: (0, 5)) { _ in
            evaluations += 1
            return 1
        }
        let atUpper = BrentRootFinder.root(between: 1, and: 2, valuesAtEnds: (-5, 0)) { _ in
            evaluations += 1
            return 1
        }
        #expect(atLower == 1 && atUpper == 2 && evaluations == 0)
    }
}
