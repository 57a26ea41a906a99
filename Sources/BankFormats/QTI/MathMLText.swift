import AssessCore

/// Writes simple presentation MathML linearly, as one would type it: `1/6`, `x^2`, `a_i`, `√(2)`.
///
/// Choice items put small formulas (fractions, powers) in their options; flattening them to
/// their characters would turn the fraction 1/6 into "16". Anything beyond the supported subset
/// (tables, under/over scripts, enclosures…) is an error rather than a wrong formula.
struct MathMLText: Sendable {
    static let namespace = "http://www.w3.org/1998/Math/MathML"

    private(set) var diagnostics = Diagnostics()

    /// The linear text of a MathML element, or nil (with an error) if it has unsupported parts.
    mutating func text(of element: SourceElement) -> String? {
        let errors = diagnostics.errors.count
        let text = linear(element)
        return diagnostics.errors.count == errors ? text : nil
    }

    private mutating func linear(_ element: SourceElement) -> String {
        let parts = element.elements
        switch element.name {
        case "math", "mrow", "mstyle", "mpadded":
            return parts.map { linear($0) }.joined()
        case "semantics":
            // The first child is the presentation; the rest are annotations.
            return parts.first.map { linear($0) } ?? ""
        case "mn", "mi", "mo", "mtext", "ms":
            return PlainTextBuilder.normalized(element.textContent)
        case "mspace":
            return " "
        case "mfrac" where parts.count == 2:
            return operand(parts[0]) + "/" + operand(parts[1])
        case "msup" where parts.count == 2:
            return operand(parts[0]) + "^" + operand(parts[1])
        case "msub" where parts.count == 2:
            return operand(parts[0]) + "_" + operand(parts[1])
        case "msubsup" where parts.count == 3:
            return operand(parts[0]) + "_" + operand(parts[1]) + "^" + operand(parts[2])
        case "msqrt":
            return "√(" + parts.map { linear($0) }.joined() + ")"
        case "mfenced":
            let open = element["open"] ?? "("
            let close = element["close"] ?? ")"
            let separator = element["separators"].flatMap(\.first).map(String.init) ?? ","
            return open + parts.map { linear($0) }.joined(separator: separator) + close
        default:
            diagnostics.error(
                "unsupported MathML element <\(element.name)>: only numbers, identifiers, operators, "
                    + "fractions, powers, indices and square roots can be imported",
                at: element.location, rule: QTIRule.unsupportedMathML)
            return ""
        }
    }

    /// An operand of a fraction, power or index, in parentheses unless it is a single token.
    private mutating func operand(_ element: SourceElement) -> String {
        let text = linear(element)
        let isToken = ["mn", "mi", "mtext", "ms"].contains(element.name)
        let isSingleToken = element.name == "mrow" && element.elements.count == 1
            && ["mn", "mi", "mtext", "ms"].contains(element.elements[0].name)
        return isToken || isSingleToken ? text : "(" + text + ")"
    }
}
