package io.battlesim.tiktok.emulator.http;

import io.battlesim.tiktok.emulator.EmulatorResponse;

/** The shared shell of the emulator's HTML pages: a TikTok-like header, stylesheet and centred content. */
public final class HtmlPage {

    private static final String STYLE = """
            :root{--ink:#161823;--muted:rgba(22,24,35,.62);--line:rgba(22,24,35,.12);--brand:#fe2c55;\
            --cyan:#25f4ee;--bg:#f1f1f2;--soft:rgba(22,24,35,.05)}
            *{box-sizing:border-box}
            body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.45 "TikTok Sans",-apple-system,\
            BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
            .bar{display:flex;align-items:center;gap:10px;padding:12px 24px;background:#fff;\
            border-bottom:1px solid var(--line)}
            .logo{font-size:26px;font-weight:900;color:#000;text-shadow:-2px -1px 0 var(--cyan),2px 1px 0 var(--brand)}
            .wordmark{font-weight:800;font-size:20px;letter-spacing:-.3px}
            .tag{margin-left:auto;font-size:12px;color:var(--muted);border:1px solid var(--line);border-radius:99px;\
            padding:3px 10px}
            main{margin:32px auto;padding:0 16px}
            main.narrow{max-width:460px}
            main.wide{max-width:1120px}
            .card{background:#fff;border-radius:16px;box-shadow:0 2px 16px rgba(0,0,0,.07);padding:28px;\
            margin-bottom:24px}
            h1{font-size:22px;line-height:1.3;margin:0 0 6px}
            h2{font-size:17px;margin:0 0 14px}
            .muted{color:var(--muted)}
            .small{font-size:13px}
            code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
            .scopes{list-style:none;margin:18px 0;padding:0;border-top:1px solid var(--line)}
            .scopes li{border-bottom:1px solid var(--line)}
            .scopes label{display:flex;gap:12px;align-items:flex-start;padding:12px 2px;cursor:pointer}
            .scopes input{flex:none;margin-top:3px;accent-color:var(--brand);width:18px;height:18px}
            .scope-name{font-weight:600}
            .accounts{display:grid;gap:6px;margin:10px 0 18px;max-height:264px;overflow-y:auto;padding:2px}
            .account{display:flex;align-items:center;gap:12px;padding:7px 12px;border:1px solid var(--line);\
            border-radius:12px;cursor:pointer}
            .account:has(input:checked){border-color:var(--brand);background:rgba(254,44,85,.05)}
            .account input{accent-color:var(--brand)}
            .avatar{width:40px;height:40px;border-radius:50%;flex:none}
            .who{display:flex;flex-direction:column;min-width:0}
            .who b{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
            .btn{display:block;width:100%;padding:12px 16px;margin-top:10px;border:0;border-radius:8px;\
            font-family:inherit;font-size:16px;font-weight:600;line-height:1.2;cursor:pointer}
            .btn-primary{background:var(--brand);color:#fff}
            .btn-primary:hover{background:#e6284d}
            .btn-secondary{background:var(--soft);color:var(--ink)}
            .fine{margin-top:18px;font-size:12px;color:var(--muted);text-align:center}
            .error-param{display:inline-block;margin-top:12px;padding:6px 12px;border-radius:6px;\
            background:rgba(254,44,85,.08);color:#c81e45;font-weight:600}
            table{width:100%;border-collapse:collapse;font-size:14px}
            th,td{text-align:left;padding:8px 10px;border-bottom:1px solid var(--line);vertical-align:middle}
            th{font-size:12px;text-transform:uppercase;letter-spacing:.4px;color:var(--muted)}
            .pill{display:inline-block;padding:1px 8px;margin:1px 2px;border-radius:99px;background:var(--soft);\
            font-size:12px}
            .pill.bad{background:rgba(254,44,85,.1);color:#c81e45}
            .pill.good{background:rgba(37,244,238,.18);color:#0b6b68}
            .verified{color:#20d5ec}
            .pill.live{background:var(--brand);color:#fff;font-weight:700}
            a{color:#0b6b68}
            .inline{display:inline-flex;gap:6px;align-items:center;margin:0}
            .btn.btn-sm{display:inline-block;width:auto;margin:0;padding:6px 12px;font-size:13px;border-radius:6px;\
            white-space:nowrap}
            input[type=text],input[type=number],select{font:inherit;font-size:14px;padding:7px 10px;\
            border:1px solid var(--line);border-radius:8px;background:#fff;color:var(--ink);min-width:0}
            input.pace{width:84px}
            .form-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(190px,1fr));gap:12px;\
            align-items:end;margin-bottom:14px}
            .form-grid label{display:flex;flex-direction:column;gap:4px;font-size:13px;color:var(--muted)}
            .form-grid .checks{display:flex;flex-direction:column;gap:6px}
            .form-grid label.check{flex-direction:row;align-items:center;gap:8px;color:var(--ink)}
            .form-grid .btn{margin-top:0}
            .notice{padding:10px 14px;border-radius:10px;background:rgba(37,244,238,.15);color:#0b6b68}
            """;

    private HtmlPage() {}

    /**
     * A complete HTML document.
     *
     * @param title the page title, untrusted text is fine (it is escaped)
     * @param bodyHtml the already-escaped content of {@code <main>}
     * @param wide whether the content uses the wide layout
     * @return the document, never null
     */
    public static String document(String title, String bodyHtml, boolean wide) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>" + Html.escape(title) + "</title><style>" + STYLE + "</style></head><body>"
                + "<header class=\"bar\"><span class=\"logo\" aria-hidden=\"true\">&#9834;</span>"
                + "<span class=\"wordmark\">TikTok</span><span class=\"tag\">Offline emulator</span></header>"
                + "<main class=\"" + (wide ? "wide" : "narrow") + "\">" + bodyHtml + "</main></body></html>\n";
    }

    /**
     * A simple message page.
     *
     * @param status the HTTP status
     * @param heading the heading (escaped)
     * @param text the message (escaped)
     * @param logId the request's log id, shown for support
     * @return the response, never null
     */
    public static EmulatorResponse message(int status, String heading, String text, String logId) {
        String body = "<section class=\"card\"><h1>" + Html.escape(heading) + "</h1><p class=\"muted\">"
                + Html.escape(text) + "</p><p class=\"fine\">Log ID: <span class=\"mono\">" + Html.escape(logId)
                + "</span></p></section>";
        return Responses.html(status, document(heading, body, false));
    }
}
