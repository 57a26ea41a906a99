extension Item {
    /// The item's version: SHA-256 (hex) over a canonical encoding of what the candidate sees
    /// and what decides the score.
    ///
    /// Covered: type, text format, stem, the stimulus (id, title and text, when given), options
    /// in authored order (id, text, key flag, explicit credit), the scoring rule and the rating
    /// scale. Not covered: id, status, title, rationales, feedback, classification, IRT
    /// parameters, enemies and security — editing those does not change what a response meant.
    ///
    /// The encoding is compact JSON, keys in sorted order, absent values omitted, written by
    /// ``CanonicalJSON`` so that it never depends on an encoder's formatting defaults.
    public func contentHash(stimulus: Stimulus? = nil) -> String {
        var json = CanonicalJSON()
        json.object { json in
            json.key("options")
            json.array(options) { json, option in
                json.object { json in
                    if let credit = option.credit {
                        json.key("credit")
                        json.number(credit)
                    }
                    json.key("id")
                    json.string(option.id)
                    json.key("isKey")
                    json.bool(option.isKey)
                    json.key("text")
                    json.string(option.text)
                }
            }
            if let scale = ratingScale {
                json.key("ratingScale")
                json.object { json in
                    json.key("anchors")
                    json.array(scale.anchors) { json, anchor in json.string(anchor) }
                    json.key("points")
                    json.integer(scale.points)
                    json.key("reversed")
                    json.bool(scale.reversed)
                    json.key("scored")
                    json.bool(scale.scored)
                }
            }
            json.key("scoring")
            json.string(scoring.rawValue)
            json.key("stem")
            json.string(stem)
            if let stimulusID = stimulus?.id ?? self.stimulus {
                json.key("stimulus")
                json.object { json in
                    json.key("id")
                    json.string(stimulusID)
                    if let text = stimulus?.text {
                        json.key("text")
                        json.string(text)
                    }
                    if let title = stimulus?.title {
                        json.key("title")
                        json.string(title)
                    }
                }
            }
            json.key("textFormat")
            json.string(textFormat.rawValue)
            json.key("type")
            json.string(type.rawValue)
        }
        return SHA256Hex.digest(of: json.bytes)
    }
}
