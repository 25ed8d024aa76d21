package scot.commissioningflow.isf;

/** The people who call the ISF API in tests, with the headers each would send. */
final class Callers {

    private Callers() {
    }

    static IsfHttp.As socialWorker() {
        return new IsfHttp.As("sam.social", "SOCIAL_WORKER", null);
    }

    static IsfHttp.As commissioner() {
        return new IsfHttp.As("chris.commissioner", "COMMISSIONER", null);
    }

    static IsfHttp.As person(String name) {
        return new IsfHttp.As(name.toLowerCase().replace(' ', '.'), "PERSON", null);
    }

    static IsfHttp.As representative(String userId) {
        return new IsfHttp.As(userId, "REPRESENTATIVE", null);
    }

    static IsfHttp.As provider(String providerReference) {
        return new IsfHttp.As("pat.provider", "PROVIDER", providerReference);
    }

    static Caller asCaller(IsfHttp.As who) {
        return new Caller(who.user(), CallerRole.valueOf(who.role()), who.organisation());
    }
}
