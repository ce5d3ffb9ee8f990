/// A token string with the markers of byte-level BPE vocabularies decoded, as text search and
/// drawing read it: a leading `Ġ` (GPT-2's space) or `▁` (SentencePiece's) is a space and `Ċ`
/// (GPT-2's newline) is a newline, so a trajectory recorded with raw vocabulary pieces
/// (`convert_ids_to_tokens`) reads like one recorded with decoded text. Other text is unchanged.
public func decodedTokenText(_ token: String) -> String {
    var text = token
    if let first = text.first, first == "Ġ" || first == "▁" { text = " " + text.dropFirst() }
    guard text.contains("Ċ") else { return text }
    return String(text.map { $0 == "Ċ" ? "\n" : $0 })
}
