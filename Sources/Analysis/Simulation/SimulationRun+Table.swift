import AssessCore
import Foundation
import Sequencing

/// The study as a table for people: rounded figures, one section per question.
extension SimulationRun.Report {
    public func table() -> String {
        let study = self.study
        let n = study.examinees.count
        var lines: [String] = []
        lines.append("Simulation of \(spec.id): \(n) \(n == 1 ? "examinee" : "examinees"), \(population), seed \(options.seed)")
        lines.append("Design: \(designSummary)")
        lines.append("")
        lines.append(
            "Recovery        bias \(Self.fixed(study.bias, 3))   RMSE \(Self.fixed(study.rmse, 3))   mean SE \(Self.fixed(study.meanStandardError, 3))")
        lines.append("By true θ              n     bias    RMSE  mean SE")
        for band in study.bands {
            let label = Self.bandLabel(band).padding(toLength: 18, withPad: " ", startingAt: 0)
            let figures =
                band.count == 0
                ? ["–", "–", "–"]
                : [Self.fixed(band.bias, 3), Self.fixed(band.rmse, 3), Self.fixed(band.meanStandardError, 3)]
            lines.append(
                "  \(label)\(Self.right(String(band.count), 6))\(Self.right(figures[0], 9))\(Self.right(figures[1], 8))\(Self.right(figures[2], 9))")
        }
        lines.append(
            "Length          mean \(Self.fixed(study.length.mean, 1))   SD \(Self.fixed(study.length.standardDeviation, 1))   min \(study.length.minimum)   max \(study.length.maximum)")
        let reasons = study.stopReasons.map { "\($0.reason.rawValue) \($0.count) (\(Self.percent(Double($0.count) / Double(n))))" }
        lines.append("Stop reasons    \(reasons.joined(separator: ", "))")
        if let classification = study.classification {
            var text =
                "Classification  accuracy \(Self.percent(classification.accuracy))   false pass \(Self.percent(classification.falsePassRate))   false fail \(Self.percent(classification.falseFailRate))   (cut θ = \(Self.fixed(classification.cut, 2)))"
            if classification.undecided > 0 { text += ", undecided \(classification.undecided)" }
            lines.append(text)
        } else {
            lines.append("Classification  none (the test has no cut)")
        }
        let exposure = study.exposure
        lines.append(
            "Exposure        max \(Self.fixed(exposure.maximum, 3))   mean \(Self.fixed(exposure.mean, 3))   overlap \(Self.fixed(exposure.overlapRate, 3))   never used \(exposure.neverUsed) of \(exposure.operationalItems) items")
        lines.append(
            "Blueprint       \(Self.percent(study.blueprintMetShare)) of tests meet it (\(study.blueprintMet) of \(n))")
        return lines.joined(separator: "\n") + "\n"
    }

    var population: String {
        switch options.abilities {
        case .normal(let mean, let sd): "θ ~ N(\(Self.compact(mean)), \(Self.compact(sd))²)"
        case .grid(let range, let step):
            "θ on the grid \(Self.compact(range.lowerBound)) to \(Self.compact(range.upperBound)) by \(Self.compact(step))"
        }
    }

    /// Selector, estimator, lengths, rules, cut, exposure and pretest in one line.
    var designSummary: String {
        guard let design else { return spec.mode.name }
        var parts: [String] = []
        switch design.selector {
        case .aStratified(let strata): parts.append("a-stratified (\(strata) strata)")
        default: parts.append(design.selector.name)
        }
        var estimator = design.estimator.method.rawValue.uppercased()
        if let early = design.estimator.untilMixedPattern { estimator += " (\(early.rawValue.uppercased()) until mixed)" }
        parts.append(estimator)
        let stopping = design.stopping
        parts.append(
            stopping.minimumItems == stopping.maximumItems
                ? "\(stopping.maximumItems) items" : "\(stopping.minimumItems)–\(stopping.maximumItems) items")
        var rules: [String] = []
        if let classification = stopping.classification { rules.append("\(Self.compact(classification.confidence * 100))% CI") }
        if let sprt = stopping.sequentialProbabilityRatio { rules.append("SPRT δ = \(Self.compact(sprt.indifference))") }
        if let se = stopping.standardError { rules.append("SE ≤ \(Self.compact(se))") }
        if !rules.isEmpty {
            parts.append("stop on \(rules.joined(separator: rules.count > 1 && stopping.combination == .all ? " and " : " or "))")
        }
        if let cut = spec.scoring.cut, cut.scale == .theta { parts.append("cut θ = \(Self.compact(cut.value))") }
        switch design.exposure {
        case .none: break
        case .randomesque(let k): parts.append("randomesque k = \(k)")
        case .sympsonHetter: parts.append("Sympson–Hetter")
        }
        if let pretest = spec.pretest { parts.append("\(pretest.count) pretest") }
        return parts.joined(separator: ", ")
    }

    static func bandLabel(_ band: SimulationReport.ThetaBand) -> String {
        switch (band.lower.isInfinite, band.upper.isInfinite) {
        case (true, true): "all"
        case (true, false): "below \(compact(band.upper))"
        case (false, true): "\(compact(band.lower)) and above"
        case (false, false): "\(compact(band.lower)) to \(compact(band.upper))"
        }
    }

    /// `value` with `digits` decimals, never `-0.000`; `–` when not finite.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "–" }
        let text = String(format: "%.\(digits)f", value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    static func percent(_ share: Double) -> String { fixed(share * 100, 1) + "%" }

    /// The shortest decimal form: 2 not 2.0, 0.3 not 0.30.
    static func compact(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
