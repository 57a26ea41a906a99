import AssessCore
import Foundation
import Testing

@testable import BankFormats

@Suite("Test spec loader")
struct TestSpecLoaderTests {
    /// Writes `files` (relative path → contents) into a fresh temporary folder.
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("assess-specs-\(UUID().uuidString)")
        for (name, contents) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: file)
        }
        return url
    }

    @Test("a folder's spec files are read in name order; subfolders (rubrics/), hidden and other files are left alone")
    func folderContents() throws {
        let url = try Self.folder([
            "b.yaml": TestSpecFixtures.modulePost, "a.yml": TestSpecFixtures.adaptive, "README.md": "# Notes",
            "rubrics/field-observation.yaml": "id: not-a-spec", ".hidden.yaml": "junk: [",
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let loaded = try TestSpecLoader.load([url.path])
        #expect(loaded.files.map { ($0 as NSString).lastPathComponent } == ["a.yml", "b.yaml"])
        #expect(loaded.specs.map(\.id) == ["cat", "m1-post"])
        #expect(loaded.document(id: "m1-post")?.file == url.appendingPathComponent("b.yaml").path)
        #expect(loaded.validate(against: TestSpecFixtures.bank).all.isEmpty)
    }

    @Test("a missing path throws not-found; a missing Sympson–Hetter file and bad UTF-8 are located errors")
    func problems() throws {
        #expect(throws: BankError.self) { try TestSpecLoader.load(["/no/such/folder"]) }
        let spec = TestSpecFixtures.replacing(TestSpecFixtures.adaptive, "{method: randomesque, k: 3}", "{method: sympson-hetter, parameters: sh.csv}")
        let url = try Self.folder(["cat.yaml": spec])
        defer { try? FileManager.default.removeItem(at: url) }
        let file = url.appendingPathComponent("cat.yaml").path
        #expect(TestSpecLoader.read(file).diagnostics.all.map(\.description) == [
            "\(file):7:50: error: the Sympson–Hetter parameters file 'sh.csv' does not exist (looked for \(url.path)/sh.csv); run the simulation that derives it, or give 'k' per item"
        ])
        try Data("item_id,k\nS1,0.5\n".utf8).write(to: url.appendingPathComponent("sh.csv"))
        #expect(TestSpecLoader.read(file).diagnostics.all.isEmpty)
        try Data([0x69, 0x64, 0x3A, 0x20, 0xFF]).write(to: url.appendingPathComponent("bad.yaml"))
        #expect(TestSpecLoader.read(url.appendingPathComponent("bad.yaml").path).diagnostics.all.map(\.description) == [
            "\(url.path)/bad.yaml:1:5: error: not valid UTF-8 at byte offset 4 (byte 0xFF); save the file as UTF-8"
        ])
    }
}
