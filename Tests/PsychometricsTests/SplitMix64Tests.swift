import AssessCore
import Testing

@Suite("SplitMix64 test generator")
struct SplitMix64Tests {
    @Test("reproduces the reference outputs for seed 1234567")
    func referenceOutputs() {
        // First outputs of Vigna's splitmix64.c for x = 1234567.
        var generator = SplitMix64(seed: 1_234_567)
        #expect(generator.next() == 6_457_827_717_110_365_317)
        #expect(generator.next() == 3_203_168_211_198_807_973)
        #expect(generator.next() == 9_817_491_932_198_370_423)
    }
}
