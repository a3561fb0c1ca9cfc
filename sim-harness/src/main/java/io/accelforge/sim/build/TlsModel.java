package io.accelforge.sim.build;

/**
 * How the Verilator runtime's thread-locals are reached. A library loaded with dlopen uses
 * the general-dynamic model, which calls __tls_get_addr on every eval (about 25% on a tiny
 * design). Initial-exec avoids it but needs static TLS room, which the JVM only has when
 * started with GLIBC_TUNABLES=glibc.rtld.optional_static_tls=... (the forge launcher and the
 * test configuration set it); without it loading fails and we fall back.
 */
public enum TlsModel {
    INITIAL_EXEC("-ftls-model=initial-exec"),
    GLOBAL_DYNAMIC("-ftls-model=global-dynamic");

    private final String flag;

    TlsModel(String flag) { this.flag = flag; }

    public String flag() { return flag; }

    /** Initial-exec when this process was started with room for it (-Daccelforge.tls=initial-exec|global-dynamic decides instead). */
    public static TlsModel preferred() {
        String forced = System.getProperty("accelforge.tls");
        if (forced != null) return forced.equals("global-dynamic") ? GLOBAL_DYNAMIC : INITIAL_EXEC;
        String t = System.getenv("GLIBC_TUNABLES");
        return t != null && t.contains("glibc.rtld.optional_static_tls") ? INITIAL_EXEC : GLOBAL_DYNAMIC;
    }
}
