import AssessCore
import Foundation
import Records

/// Records each response in the store, durably, before the session shows the next item.
struct RecordsRecorder: AttemptRecorder {
    let store: RecordStore
    let attemptID: Int64
    /// Time used before this sitting, plus this sitting's running time at each answer.
    let elapsed: () -> Int
    let now: () -> Timestamp
    let items: ItemBank

    mutating func record(_ response: SessionResponse) throws {
        let item = items[response.itemID]
        let isRating = item?.type == .ratingScale
        let selected = isRating ? nil : response.rawAnswer.split(separator: ",").map(String.init)
        do {
            _ = try store.recordResponse(
                ItemResponse(
                    attemptID: attemptID, sequence: response.sequence, itemID: response.itemID, itemHash: response.itemVersion,
                    optionOrder: response.optionOrder, rawAnswer: response.rawAnswer,
                    selectedOptions: selected.map { ids in item?.options.map(\.id).filter { ids.contains($0) } ?? ids },
                    rating: isRating ? Int(response.rawAnswer) : nil, scoredValue: response.scoredValue,
                    countsTowardScore: !response.isPretest, latencyMilliseconds: response.latencyMilliseconds,
                    elapsedMilliseconds: elapsed(), theta: response.theta, standardError: response.standardError, answeredAt: now()))
        } catch {
            throw DeliveryError.records(error)
        }
    }
}
