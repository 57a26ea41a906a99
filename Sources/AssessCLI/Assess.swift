import ArgumentParser

@main
struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Assessment engine for child-protection workforce training and certification.")
}
