/// Referent's identity in every output it writes.
public enum ReferentVersion {
    public static let name = "referent"
    public static let version = "0.3.0"
    /// The output contract's name; bumped only on incompatible changes.
    public static let schema = "referent/1"
}
