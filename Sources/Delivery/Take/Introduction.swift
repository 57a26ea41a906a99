import AssessCore

/// The screen before the first item: what the test is, how long, how to answer.
enum Introduction {
    static func text(spec: TestSpec) -> String {
        var lines = ["", spec.title, String(repeating: "=", count: spec.title.count)]
        lines.append("Purpose: " + purposeText(spec.purpose))
        switch spec.mode {
        case .adaptive(let design):
            lines.append(
                "Length: adaptive — between \(design.stopping.minimumItems) and \(design.stopping.maximumItems) items, chosen one at a time from your answers.")
        case .linear, .randomForm:
            if let length = spec.mode.scoredLength?.upperBound { lines.append("Length: \(length) items.") }
        }
        lines.append(spec.timeLimit.map { "Time limit: \($0.minutes) minutes (the clock keeps running only while the test is open)." } ?? "Time limit: none.")
        lines.append("")
        lines.append("Type the letter of your answer and press Enter; several letters (A,C) where an item says")
        lines.append("select all that apply; a number for a rating statement. Type ? at any prompt for help.")
        if spec.navigation.allowsAny, spec.mode.adaptiveDesign == nil {
            lines.append("You may skip items, go back, flag items and review them before you submit.")
        } else {
            lines.append("Items are answered in order; an answered item cannot be changed.")
        }
        lines.append("pause saves your place: run the same command again to continue.")
        lines.append("")
        return lines.joined(separator: "\n") + "\n"
    }

    static func purposeText(_ purpose: TestPurpose) -> String {
        switch purpose {
        case .modulePre: "module pre-test (a starting point; it does not count toward certification)"
        case .modulePost: "module post-test (mastery of the module's learning objectives)"
        case .certification: "written certification test (pass/fail)"
        case .selfAssessment: "self-assessment (your development needs; there are no right answers)"
        case .practice: "practice test"
        }
    }
}
