import Records

/// A rating as `candidates show` prints it.
struct CandidateRating: Encodable {
    var instrument: String
    var criterion: String
    var score: Double
    var ratedOn: String
    var evaluator: String
    var occasion: String?
    var comment: String?

    init(_ rating: Recorded<Rating>) {
        instrument = rating.instrument
        criterion = rating.criterion
        score = rating.score
        ratedOn = rating.ratedOn.description
        evaluator = rating.evaluator
        occasion = rating.occasion
        comment = rating.comment
    }
}
