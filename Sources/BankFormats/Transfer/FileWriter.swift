import AssessCore
import Foundation

/// Writes a set of files into a folder all-or-nothing: nothing is written unless every target
/// is free (or replacing was asked for), and each file appears whole (written to a temporary
/// name, then renamed), so an interrupted run never leaves a half-written bank file.
public enum FileWriter {
    public static func write(_ files: [OutputFile], into folder: String, replace: Bool) throws(BankError) {
        let manager = FileManager.default
        let targets = files.map { (folder as NSString).appendingPathComponent($0.path) }
        if !replace, let existing = targets.first(where: { manager.fileExists(atPath: $0) }) {
            throw .wouldOverwrite(path: existing)
        }
        var staged: [(temporary: String, target: String)] = []
        do {
            for (file, target) in zip(files, targets) {
                let directory = (target as NSString).deletingLastPathComponent
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
                let temporary = (directory as NSString).appendingPathComponent(".\((target as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: temporary), options: .atomic)
                staged.append((temporary, target))
            }
        } catch {
            for file in staged { try? manager.removeItem(atPath: file.temporary) }
            throw .io(path: folder, reason: error.localizedDescription)
        }
        for file in staged {
            do {
                if manager.fileExists(atPath: file.target) { try manager.removeItem(atPath: file.target) }
                try manager.moveItem(atPath: file.temporary, toPath: file.target)
            } catch {
                throw .io(path: file.target, reason: error.localizedDescription)
            }
        }
    }
}
