/// An item-writing rule checked by `assess bank lint`, with why it matters and where it comes from.
///
/// The rules follow Haladyna, Downing & Rodriguez (2002), "A review of multiple-choice
/// item-writing guidelines for classroom assessment", Applied Measurement in Education 15(3),
/// 309–333 — cited below as HDR with the guideline's number in their 31-guideline taxonomy.
public struct LintRule: Sendable, Hashable, Identifiable {
    public var id: String
    public var summary: String
    public var reason: String
    public var source: String

    public static let all: [LintRule] = [
        LintRule(
            id: "all-none-of-the-above", summary: "an option says \"all of the above\" or \"none of the above\"",
            reason: "A candidate who spots two true options can pick \"all of the above\" without knowing the third; \"none of the above\" shows only what is wrong, not what the candidate knows.",
            source: "HDR 2002, guidelines 25 and 26"),
        LintRule(
            id: "negative-stem", summary: "the question is worded negatively (not, except, least) without emphasis",
            reason: "Candidates miss an unemphasised negative and answer the opposite question; if a negative is needed it must stand out (NOT, EXCEPT).",
            source: "HDR 2002, guideline 17"),
        LintRule(
            id: "key-length", summary: "the key is notably longer than the distractors (more than 1.5 × their mean length)",
            reason: "Test-wise candidates pick the longest, most qualified option.",
            source: "HDR 2002, guidelines 23 and 31c"),
        LintRule(
            id: "stem-clue", summary: "a distinctive word of the stem recurs in the key and in no distractor",
            reason: "A clang association points to the key without knowledge of the content.",
            source: "HDR 2002, guideline 31e"),
        LintRule(
            id: "absolute-terms", summary: "absolute words (always, never, only, …) appear in distractors but not in the key",
            reason: "Specific determiners mark options as false to test-wise candidates.",
            source: "HDR 2002, guideline 31b"),
        LintRule(
            id: "overlapping-options", summary: "an option repeats or contains another option",
            reason: "Overlapping options make two options right at once or eliminate each other.",
            source: "HDR 2002, guideline 22"),
        LintRule(
            id: "key-balance", summary: "more than 35% of a module's single-answer keys sit on one letter",
            reason: "An unbalanced key lets candidates gain by favouring one position.",
            source: "HDR 2002, guideline 20"),
        LintRule(
            id: "stem-ending", summary: "the stem ends neither in a question nor in a completion (?, :, … or a blank)",
            reason: "The stem should state the problem clearly as a question or an incomplete statement.",
            source: "HDR 2002, guidelines 14 and 15"),
        LintRule(
            id: "reading-level", summary: "the item's reading level is far above the bank's norm (Flesch–Kincaid grade more than 4 above the median)",
            reason: "Hard reading measures reading, not casework knowledge, and disadvantages second-language readers.",
            source: "HDR 2002, guidelines 12 and 16; Kincaid et al. 1975 (Flesch–Kincaid grade level)"),
        LintRule(
            id: "objective-coverage", summary: "an objective has too few items to build parallel pre and post forms",
            reason: "With fewer items than two forms need, pre and post tests repeat items or leave the objective out.",
            source: "Parallel forms for pre/post measurement: Crocker & Algina 1986, ch. 7"),
        LintRule(
            id: "blueprint-infeasible", summary: "a test specification's blueprint cannot be met from its pool (an area has too few usable items)",
            reason: "A form that must draw more items from an objective or block than the bank can give (after enemies, stimulus sets and items excluded as already seen) cannot be assembled; the test fails when a candidate sits down, or quietly misses its blueprint.",
            source: "van der Linden 2005, Linear Models for Optimal Test Design (content constraints of test assembly); Huitzing, Veldkamp & Verschoor 2005, Journal of Educational Measurement (infeasible assembly models)"),
    ]

    public static func rule(_ id: String) -> LintRule? { all.first { $0.id == id } }
}
