/// Numbers for people: whole numbers without a decimal point, others with up to two decimals.
enum NumberText {
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let rounded = (value * 100).rounded() / 100
        return "\(rounded)"
    }
}
