import AssessCore
import BankFormats
import Foundation
import Sequencing

/// `assess simulate`: a simulation study of an adaptive test specification — examinees of known
/// θ take the test as the spec describes it (with the design overrides applied), and the report
/// says how well it recovers θ, classifies, spreads exposure and keeps to the blueprint.
///
/// Pure apart from reading files: the external bank (`--bank-csv`) and a Sympson–Hetter
/// parameters file the spec names. Deterministic for a seed, whatever the thread count
/// (``Sequencing/AdaptiveSimulation``).
public enum SimulationRun {
    /// Where the items come from.
    public enum BankSource: Sendable {
        /// The item bank; the spec's pool selects from it.
        case bank(ItemBank)
        /// A CSV file `item_id,a,b,c,content_area` (``readBankCSV(_:dimension:areas:)``): every
        /// row is in the pool, scored; `content_area` names the blueprint area at the blueprint's
        /// level.
        case csv(path: String)
    }

    /// The study's size and population.
    public struct Options: Sendable {
        public var examinees: Int
        public var abilities: AbilityDistribution
        public var seed: UInt64
        /// Threads to spread the examinees over (never changes a result).
        public var threads: Int
        /// Boundaries of the θ bands for conditional figures.
        public var thetaBands: [Double]

        public init(
            examinees: Int = 1000, abilities: AbilityDistribution = .normal(mean: 0, standardDeviation: 1),
            seed: UInt64 = 1, threads: Int = 2, thetaBands: [Double] = [-2, -1, 0, 1, 2]
        ) {
            self.examinees = examinees
            self.abilities = abilities
            self.seed = seed
            self.threads = threads
            self.thetaBands = thetaBands
        }
    }

    /// What a study found, with what it was run on.
    public struct Report: Sendable {
        /// The spec as simulated (overrides applied).
        public var spec: TestSpec
        public var options: Options
        /// The pool's item ids, by pool position.
        public var itemIDs: [String]
        public var study: SimulationReport
    }

    /// A study prepared to run: the spec, its pool and its design.
    public struct Study: Sendable {
        public var spec: TestSpec
        public var simulation: AdaptiveSimulation
        public var options: Options
    }

    /// Builds the pool and design of `spec` (an adaptive spec, overrides already applied) on the
    /// bank source.
    ///
    /// - Throws: ``AnalysisError/invalid(_:)`` for a bad bank CSV or parameters file (located),
    ///   ``AnalysisError/unreadable(path:)`` for a missing one, ``AnalysisError/design(_:)``
    ///   when the sequencer cannot run the spec.
    public static func prepare(
        spec: TestSpec, specFile: String, bank: BankSource, options: Options
    ) throws(AnalysisError) -> Study {
        let pool: SequencerPool
        switch bank {
        case .bank(let items):
            pool = try mapped { () throws(SequencingError) in try SequencerPool(spec: spec, bank: items) }
        case .csv(let path):
            let items = try readBankCSV(
                path, dimension: spec.blueprint.map { ContentLevel($0.dimension) } ?? .block,
                areas: spec.blueprint?.areas.map(\.area))
            pool = try mapped { () throws(SequencingError) in try SequencerPool(items: items) }
        }
        var sympsonHetter: [String: Double]? = nil
        if case .sympsonHetter(let settings)? = spec.mode.adaptiveDesign?.exposure, case .file(let name) = settings.parameters {
            let folder = (specFile as NSString).deletingLastPathComponent
            sympsonHetter = try readSympsonHetterCSV(name.hasPrefix("/") ? name : (folder as NSString).appendingPathComponent(name))
        }
        let design = try mapped { () throws(SequencingError) in
            try AdaptiveDesign(spec: spec, pool: pool, sympsonHetterParameters: sympsonHetter)
        }
        let simulation = AdaptiveSimulation(
            design: design, pool: pool, examinees: options.examinees, abilities: options.abilities, seed: options.seed,
            thetaBands: options.thetaBands, threads: options.threads)
        return Study(spec: spec, simulation: simulation, options: options)
    }

    /// Runs a prepared study; `progress` as in ``Sequencing/AdaptiveSimulation/run(progress:)``.
    public static func run(_ study: Study, progress: (@Sendable (Int) -> Void)? = nil) throws(AnalysisError) -> Report {
        let report = try mapped { () throws(SequencingError) in try study.simulation.run(progress: progress) }
        return Report(
            spec: study.spec, options: study.options, itemIDs: study.simulation.pool.items.map(\.id), study: report)
    }

    /// Derives Sympson–Hetter parameters for the study's design at a target maximum exposure
    /// (``Sequencing/AdaptiveSimulation/deriveSympsonHetterParameters(targetMaximumExposure:maximumIterations:tolerance:)``),
    /// by item id.
    public static func deriveSympsonHetter(
        _ study: Study, target: Double, maximumIterations: Int = 30
    ) throws(AnalysisError) -> (parameters: [(id: String, k: Double)], derivation: SympsonHetterDerivation) {
        let derivation = try mapped { () throws(SequencingError) in
            try study.simulation.deriveSympsonHetterParameters(targetMaximumExposure: target, maximumIterations: maximumIterations)
        }
        let pool = study.simulation.pool
        let parameters = pool.items.filter { !$0.isPretest }.map { (id: $0.id, k: derivation.parameters[$0.index]) }
        return (parameters, derivation)
    }

    static func mapped<T>(_ body: () throws(SequencingError) -> T) throws(AnalysisError) -> T {
        do { return try body() } catch { throw .design(error) }
    }
}
