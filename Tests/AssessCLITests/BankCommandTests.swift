import Foundation
import Testing

@Suite("assess bank (end to end)")
struct BankCommandTests {
    @Test("validate passes on the shipped bank, from the README's command")
    func validateShippedBank() throws {
        let result = try AssessProcess.run(["bank", "validate"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(" 0 errors"))
    }

    @Test("validate reports every problem as file:line:column and exits 65")
    func validateReportsProblems() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.yaml", "items:\n  - id: Q1\n    type: single\n    stem: Which?\n    options: [x, y]\n    key: C\n")
        try folder.write("b.yaml", "items:\n  - id: Q2\n    typo: 1\n    type: single\n    stem: Which two?\n    options: [x, y]\n    key: A\n")
        let result = try AssessProcess.run(["bank", "validate"], in: folder.url)
        #expect(result.status == 66, "no ItemBank folder here")
        #expect(result.stderr == "error: no such file or folder: ItemBank\n")
        let named = try AssessProcess.run(["bank", "validate", "a.yaml", "b.yaml"], in: folder.url)
        #expect(named.status == 65)
        #expect(named.stderr == """
            a.yaml:6:10: error: key 'C' is out of range: the item has 2 options (A–B)
            b.yaml:3:5: error: unknown key 'typo' in an item; did you mean 'type'?

            """)
        #expect(named.stdout == "2 items, 0 stimuli in 2 files: 2 errors, 0 warnings\n")
    }

    @Test("ASSESS_BANK and --bank choose the bank folder")
    func bankFolderOverrides() throws {
        let folder = try TemporaryFolder()
        try folder.write("mine/q.yaml", "items:\n  - id: Q1\n    type: true-false\n    stem: Yes.\n    key: true\n")
        let fromEnvironment = try AssessProcess.run(["bank", "list", "--format", "json"], in: folder.url, environment: ["ASSESS_BANK": "mine"])
        #expect(fromEnvironment.status == 0)
        #expect(fromEnvironment.stdout.contains("\"true-false\" : 1"))
        let fromOption = try AssessProcess.run(["bank", "show", "Q1", "--bank", "mine"], in: folder.url)
        #expect(fromOption.stdout.contains("Yes."))
    }

    @Test("show hides the key, rationales and parameters unless --reveal-key")
    func showHidesKey() throws {
        let hidden = try AssessProcess.run(["bank", "show", "EX-001"])
        #expect(hidden.status == 0)
        #expect(!hidden.stdout.contains("Correct."))
        #expect(!hidden.stdout.contains("key:"))
        #expect(!hidden.stdout.contains("1.3"))
        #expect(!hidden.stdout.contains("*"))
        #expect(hidden.stdout.contains("(key and rationales hidden; use --reveal-key)"))
        let revealed = try AssessProcess.run(["bank", "show", "EX-001", "--reveal-key"])
        #expect(revealed.stdout.contains("* B. Bruising on an infant who is not yet able to roll over."))
        #expect(revealed.stdout.contains("key: B"))
        #expect(revealed.stdout.contains("irt: 3pl a=1.3 b=-0.8 c=0.2 D=1.0 (provisional)"))
    }

    @Test("show suggests a close id for an unknown one")
    func showUnknown() throws {
        let result = try AssessProcess.run(["bank", "show", "EX-01"])
        #expect(result.status == 65)
        #expect(result.stderr == "error: no item 'EX-01' in the bank; did you mean 'EX-001'?\n")
    }

    @Test("import writes nothing when any row is bad, and everything when all are good")
    func importAllOrNothing() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.csv", "id,stem,A,B,key\nQ1,Which?,x,y,A\n")
        try folder.write("bad.csv", "id,stem,A,B,key\nQ2,Which two?,x,y,A\nQ3,Which three?,x,y,Z\n")
        let failed = try AssessProcess.run(["bank", "import", "--format", "csv", "good.csv", "bad.csv", "--into", "bank"], in: folder.url)
        #expect(failed.status == 65)
        #expect(failed.stderr == """
            bad.csv:3:5: error: key 'Z' does not name one of the 2 choices
            1 error, 0 warnings; nothing was changed

            """)
        #expect(!folder.files().contains { $0.hasPrefix("bank") })

        let imported = try AssessProcess.run(["bank", "import", "--format", "csv", "good.csv", "--into", "bank"], in: folder.url)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "imported 1 items into bank/good.yaml\n")
        let validated = try AssessProcess.run(["bank", "validate", "--bank", "bank"], in: folder.url)
        #expect(validated.status == 0)

        let again = try AssessProcess.run(["bank", "import", "--format", "csv", "good.csv", "--into", "bank"], in: folder.url)
        #expect(again.status == 73)
        #expect(again.stderr.hasSuffix("error: bank/good.yaml already exists; nothing was written (use --replace to overwrite)\n"))

        try folder.write("clash.csv", "id,stem,A,B,key\nQ1,A different stem?,x,y,B\n")
        let clash = try AssessProcess.run(["bank", "import", "--format", "csv", "clash.csv", "--into", "bank"], in: folder.url)
        #expect(clash.status == 65)
        #expect(clash.stderr.hasPrefix("clash.csv:2:1: error: item id 'Q1' is already used by a different item at bank/good.yaml:2:3"))
        #expect(!folder.files().contains("bank/clash.yaml"))
    }

    @Test("export then import of the shipped bank gives the same items")
    func exportRoundTrip() throws {
        let folder = try TemporaryFolder()
        let bank = AssessProcess.repositoryRoot.appendingPathComponent("ItemBank").path
        let exported = try AssessProcess.run(["bank", "export", "--format", "yaml", "--out", folder.url.path, "--bank", bank])
        #expect(exported.status == 0, "\(exported.stderr)")
        let original = try AssessProcess.run(["bank", "list", "--format", "json", "--bank", bank])
        let copy = try AssessProcess.run(["bank", "list", "--format", "json", "--bank", folder.url.path])
        #expect(copy.stdout == original.stdout)
        let refused = try AssessProcess.run(["bank", "export", "--format", "yaml", "--out", folder.url.path, "--bank", bank])
        #expect(refused.status == 73)
    }

    @Test("usage errors exit 64")
    func usage() throws {
        let result = try AssessProcess.run(["bank", "import", "--format", "yaml", "x", "--into", "y"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--format must be gift, qti or csv"))
    }
}

@Suite("assess bank lint (end to end)")
struct LintCommandTests {
    @Test("the shipped bank lints clean even with every rule an error")
    func shippedBankIsClean() throws {
        let result = try AssessProcess.run(["bank", "lint", "--error-on", "all"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("0 findings; 4 justified exceptions\n"))
    }

    @Test("findings print compiler-style, and --error-on turns them into a failing exit")
    func findings() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "b.yaml",
            "items:\n  - id: Q1\n    type: single\n    stem: Which is not a safety threat?\n    options: [Red plan, Blue plan, All of the above]\n    key: A\n")
        let warned = try AssessProcess.run(["bank", "lint", "b.yaml"], in: folder.url)
        #expect(warned.status == 0)
        #expect(warned.stdout == """
            b.yaml:2: warning[negative-stem]: item 'Q1': the question says 'not'; word it positively or write it in capitals (NOT)
            b.yaml:2: warning[all-none-of-the-above]: item 'Q1': option C is "All of the above"; replace it with a plausible distractor
            1 items checked: 2 findings (all-none-of-the-above 1, negative-stem 1); 0 justified exceptions

            """)
        let failed = try AssessProcess.run(["bank", "lint", "b.yaml", "--error-on", "negative-stem"], in: folder.url)
        #expect(failed.status == 65)
        #expect(failed.stdout.hasPrefix("b.yaml:2: error[negative-stem]:"))
        let unknown = try AssessProcess.run(["bank", "lint", "--error-on", "no-such-rule"], in: folder.url)
        #expect(unknown.status == 64)
    }
}

@Suite("assess bank QTI (end to end)")
struct QTICommandTests {
    static let fixtures = AssessProcess.repositoryRoot.appendingPathComponent("Tests/BankFormatsTests/Fixtures/qti-instructure")

    @Test("a QTI 2.2 content package imports through its manifest, and exports back to QTI")
    func packageRoundTrip() throws {
        let folder = try TemporaryFolder()
        let imported = try AssessProcess.run(
            ["bank", "import", "--format", "qti", Self.fixtures.appendingPathComponent("imsqti_2.2_package").path, "--into", "bank"], in: folder.url)
        #expect(imported.status == 0, "\(imported.stderr)")
        let exported = try AssessProcess.run(["bank", "export", "--format", "qti", "--out", "qti", "--bank", "bank"], in: folder.url)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(folder.files().contains("qti/imsmanifest.xml"))
        let again = try AssessProcess.run(["bank", "import", "--format", "qti", "qti", "--into", "again"], in: folder.url)
        #expect(again.status == 0, "\(again.stderr)")
        let first = try AssessProcess.run(["bank", "list", "--format", "json", "--bank", "bank"], in: folder.url)
        let second = try AssessProcess.run(["bank", "list", "--format", "json", "--bank", "again"], in: folder.url)
        #expect(first.stdout == second.stdout)
    }

    @Test("unsupported interactions fail the import, located, unless skipped")
    func unsupported() throws {
        let folder = try TemporaryFolder()
        let essay = Self.fixtures.appendingPathComponent("items_2.1/essay.xml").path
        let choice = Self.fixtures.appendingPathComponent("items_2.2/choice.xml").path
        let failed = try AssessProcess.run(["bank", "import", "--format", "qti", essay, choice, "--into", "bank"], in: folder.url)
        #expect(failed.status == 65)
        #expect(failed.stderr.contains("essay.xml:"))
        #expect(failed.stderr.contains("error[unsupported-interaction]"))
        #expect(folder.files().isEmpty)
        let skipped = try AssessProcess.run(["bank", "import", "--format", "qti", essay, choice, "--into", "bank", "--skip-unsupported"], in: folder.url)
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(skipped.stderr.contains("warning[unsupported-interaction]"))
    }

    @Test("exporting the shipped bank to QTI refuses rating and vignette items unless --skip-unsupported")
    func shippedBankToQTI() throws {
        let folder = try TemporaryFolder()
        let bank = AssessProcess.repositoryRoot.appendingPathComponent("ItemBank").path
        let refused = try AssessProcess.run(["bank", "export", "--format", "qti", "--out", "qti", "--bank", bank], in: folder.url)
        #expect(refused.status == 65)
        #expect(folder.files().isEmpty)
        let partial = try AssessProcess.run(["bank", "export", "--format", "qti", "--out", "qti", "--bank", bank, "--skip-unsupported"], in: folder.url)
        #expect(partial.status == 0, "\(partial.stderr)")
        #expect(partial.stderr.contains("warning[not-exportable]"))
    }
}
