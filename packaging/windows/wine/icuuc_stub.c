/*
 * icuuc.dll stub for the Wine smoke test ONLY: never shipped, never used on Windows.
 *
 * Qt6Core.dll from PySide6 6.11 on Windows links against the system ICU (icuuc.dll),
 * which Windows 10 1903+ has in System32 and Wine 8 lacks, so Qt would not load under
 * Wine at all. Qt uses these functions only for legacy (non-UTF) text codecs, which the
 * app never asks for: every converter "fails to open" and Qt falls back to its own UTF-8/
 * UTF-16 code. packaging/windows/build_under_wine.sh compiles this with gcc-mingw-w64 into
 * the Wine prefix's system32, outside the bundle and the installer.
 */
#include <stddef.h>
#include <stdint.h>

typedef int32_t UErrorCode;
typedef void UConverter;
#define U_UNSUPPORTED_ERROR 16
#define EXPORT __declspec(dllexport)

static void set_unsupported(UErrorCode *status)
{
    if (status != NULL && *status <= 0)
        *status = U_UNSUPPORTED_ERROR;
}

EXPORT UConverter *ucnv_open(const char *name, UErrorCode *status)
{
    (void)name;
    set_unsupported(status);
    return NULL;
}

EXPORT void ucnv_close(UConverter *cnv) { (void)cnv; }
EXPORT void ucnv_reset(UConverter *cnv) { (void)cnv; }
EXPORT int8_t ucnv_getMaxCharSize(const UConverter *cnv) { (void)cnv; return 4; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }

EXPORT const char *ucnv_getName(const UConverter *cnv, UErrorCode *status)
{
    (void)cnv;
    set_unsupported(status);
    return NULL;
}

EXPORT const char *ucnv_getStandardName(const char *name, const char *standard,
                                        UErrorCode *status)
{
    (void)name; (void)standard;
    set_unsupported(status);
    return NULL;
}

/* The remaining entry points only ever see a converter from ucnv_open, which never
   returns one; they report "unsupported" and touch nothing. */
EXPORT void ucnv_getToUCallBack(const UConverter *c, void **action, const void **ctx)
{ (void)c; if (action) *action = NULL; if (ctx) *ctx = NULL; }
EXPORT void ucnv_getFromUCallBack(const UConverter *c, void **action, const void **ctx)
{ (void)c; if (action) *action = NULL; if (ctx) *ctx = NULL; }
EXPORT void ucnv_setToUCallBack(UConverter *c, void *a, const void *ctx, void **oa,
                                const void **octx, UErrorCode *status)
{ (void)c; (void)a; (void)ctx; (void)oa; (void)octx; set_unsupported(status); }
EXPORT void ucnv_setFromUCallBack(UConverter *c, void *a, const void *ctx, void **oa,
                                  const void **octx, UErrorCode *status)
{ (void)c; (void)a; (void)ctx; (void)oa; (void)octx; set_unsupported(status); }
EXPORT void ucnv_toUnicode(UConverter *c, void **t, const void *tl, const char **s,
                           const char *sl, int32_t *o, int8_t f, UErrorCode *status)
{ (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; set_unsupported(status); }
EXPORT void ucnv_fromUnicode(UConverter *c, char **t, const char *tl, const void **s,
                             const void *sl, int32_t *o, int8_t f, UErrorCode *status)
{ (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; set_unsupported(status); }
EXPORT int32_t ucnv_toUCountPending(const UConverter *c, UErrorCode *status)
{ (void)c; set_unsupported(status); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const UConverter *c, UErrorCode *status)
{ (void)c; set_unsupported(status); return 0; }
EXPORT void ucnv_cbToUWriteUChars(void *args, const void *src, int32_t len, int32_t off,
                                  UErrorCode *status)
{ (void)args; (void)src; (void)len; (void)off; set_unsupported(status); }
EXPORT void ucnv_cbFromUWriteUChars(void *args, const void **src, const void *srcl,
                                    int32_t off, UErrorCode *status)
{ (void)args; (void)src; (void)srcl; (void)off; set_unsupported(status); }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *ctx, void *args, const void *cu,
                                            int32_t len, int32_t cp, int reason,
                                            UErrorCode *status)
{ (void)ctx; (void)args; (void)cu; (void)len; (void)cp; (void)reason; set_unsupported(status); }
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *ctx, void *args, const char *cb,
                                          int32_t len, int reason, UErrorCode *status)
{ (void)ctx; (void)args; (void)cb; (void)len; (void)reason; set_unsupported(status); }
