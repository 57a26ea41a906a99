import AssessCore

extension Diagnostics {
    /// The same diagnostics with the errors of the selected rules turned into warnings: what
    /// `--skip-unsupported` does, so that skipped content is still reported, never silent.
    func downgrading(where selected: (String) -> Bool) -> Diagnostics {
        Diagnostics(all.map { diagnostic in
            guard let rule = diagnostic.rule, selected(rule) else { return diagnostic }
            var skipped = diagnostic
            skipped.severity = .warning
            return skipped
        })
    }

    func downgrading(rule: String) -> Diagnostics { downgrading { $0 == rule } }
}
