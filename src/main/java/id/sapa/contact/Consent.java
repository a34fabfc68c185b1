package id.sapa.contact;

/** What a customer said about receiving the business's messages. */
public enum Consent {
    OPT_OUT,
    OPT_IN
}
