/// The scaling constant D of the logistic IRT models.
///
/// D = 1 keeps parameters on the logistic metric (the default throughout the engine);
/// D = 1.702 makes the logistic curve approximate the normal ogive to within 0.01 in
/// probability (Haley 1952; Camilli 1994). Every output that reports parameters says which.
public enum ScalingConstant {
    public static let logistic = 1.0
    public static let normalOgive = 1.702
}
