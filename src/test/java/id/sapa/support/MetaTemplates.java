package id.sapa.support;

/** Template entries of Meta's {@code message_templates} list, in the documented shapes. */
public final class MetaTemplates {

    /** A NAMED template: {@code {{first_name}}}-style placeholders, their names in {@code *_named_params}. */
    public static final String NAMED_PROMO = """
                {"name": "promo_musiman", "parameter_format": "NAMED", "language": "id", "status": "APPROVED",
                 "category": "MARKETING", "id": "3001",
                 "components": [{"type": "HEADER", "format": "TEXT", "text": "{{sale_name}} sudah mulai!",
                                 "example": {"header_text_named_params": [{"param_name": "sale_name", "example": "Harbolnas"}]}},
                                {"type": "BODY", "text": "Hai {{first_name}}, pakai kode {{discount_code}} ya, {{first_name}}.",
                                 "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Budi"},
                                                                        {"param_name": "discount_code", "example": "HEMAT10"}]}},
                                {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Belanja",
                                  "url": "https://toko.example/promo/{{1}}", "example": ["https://toko.example/promo/HEMAT10"]}]}]}""";

    /** A POSITIONAL template: {@code {{1}}}, {@code {{2}}}. */
    public static final String POSITIONAL_ORDER_SENT = """
                {"name": "pesanan_dikirim", "parameter_format": "POSITIONAL", "language": "id", "status": "APPROVED",
                 "category": "UTILITY", "id": "1001",
                 "components": [{"type": "BODY", "text": "Halo {{1}}, pesanan {{2}} sudah dikirim.",
                                 "example": {"body_text": [["Budi", "INV-7"]]}}]}""";

    private MetaTemplates() {
    }
}
