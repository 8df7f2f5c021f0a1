namespace Agrovet.Bench.Seed;

/// <summary>Made-up but plausible ad text per category (Spanish and English), for seeding load tests.</summary>
internal static class AdCatalog
{
    public static readonly IReadOnlyList<(string Category, string[] Nouns)> Products =
    [
        ("livestock/cattle", ["vaca Holstein", "novillo Angus", "toro Brahman", "ternera Jersey", "dairy cow", "beef heifer"]),
        ("livestock/poultry", ["gallinas ponedoras", "pollitos de engorde", "laying hens", "broiler chicks", "patos criollos"]),
        ("livestock/pigs", ["lechones destetados", "cerda reproductora", "weaner piglets", "breeding sow"]),
        ("livestock/sheep-goats", ["ovejas Dorper", "cabras Boer", "corderos", "dairy goats"]),
        ("livestock/horses", ["caballo criollo", "yegua de trabajo", "quarter horse"]),
        ("feed/forage", ["fardos de alfalfa", "heno de pradera", "silo de maíz", "alfalfa bales", "grass hay"]),
        ("feed/concentrates", ["balanceado lechero", "maíz partido", "soybean meal", "expeller de soja", "pellets de engorde"]),
        ("feed/minerals", ["sal mineralizada", "bloques minerales", "mineral lick blocks"]),
        ("feed/pet-food", ["alimento para perros", "dog food", "alimento para gatos"]),
        ("veterinary/medicines", ["ivermectina inyectable", "antibiótico oxitetraciclina", "dewormer", "antiparasitario pour-on", "anti-inflammatory"]),
        ("veterinary/vaccines", ["vacuna aftosa", "vacuna contra brucelosis", "clostridial vaccine", "vacuna triple bovina", "rabies vaccine"]),
        ("veterinary/supplements", ["vitaminas ADE", "suplemento de calcio", "electrolytes", "probióticos"]),
        ("veterinary/equipment", ["jeringa automática", "drench gun", "termómetro digital", "ear tags", "caravanas"]),
        ("seeds/cereals", ["semilla de maíz híbrido", "trigo candeal", "sorghum seed", "cebada cervecera"]),
        ("seeds/vegetables", ["semilla de tomate", "lettuce seed", "cebolla valenciana", "zanahoria"]),
        ("seeds/pasture", ["semilla de alfalfa", "ryegrass", "festuca", "trébol blanco", "clover seed"]),
        ("seeds/fruit", ["plantines de limón", "apple saplings", "vid injertada"]),
        ("machinery/tractors", ["tractor John Deere", "tractor Massey Ferguson", "compact tractor", "tractor usado"]),
        ("machinery/implements", ["rastra de discos", "sembradora directa", "mower", "arado de cinceles", "rotoenfardadora"]),
        ("machinery/irrigation", ["bomba de riego", "drip irrigation kit", "pivot central", "aspersores"]),
        ("machinery/tools", ["motosierra", "desmalezadora", "fence energizer", "alambrado eléctrico", "wheelbarrow"]),
        ("services/consultation", ["asesoría agronómica", "nutrition consultation", "plan sanitario", "farm planning"]),
        ("services/veterinary-visits", ["visita veterinaria", "vet call-out", "tacto rectal", "inseminación artificial"]),
        ("services/transport", ["flete de hacienda", "livestock transport", "transporte de granos"]),
        ("services/training", ["curso de inseminación", "milking training", "capacitación en pasturas"]),
    ];

    public static readonly string[] Qualifiers =
    [
        "excelente estado", "alta calidad", "certificado", "organic", "premium", "económico", "como nuevo", "garantizado",
        "high yield", "registered", "de cabaña", "importado", "local", "al por mayor", "wholesale", "fresh",
    ];

    public static readonly string[] Sentences =
    [
        "Entrega inmediata en la zona.", "Se acepta transferencia.", "Delivery available within 50 km.",
        "Precio por unidad, consultar por volumen.", "Price per unit, ask about bulk discounts.", "Con registro sanitario al día.",
        "Full health records included.", "Retiro en el campo o envío.", "Ideal para pequeños productores.",
        "Suitable for smallholder farms.", "Stock limitado.", "Financiación disponible.", "Asesoramiento técnico incluido.",
    ];

    public static readonly string[] Regions =
    [
        "AR-B", "AR-X", "AR-S", "AR-E", "AR-L", "MX-JAL", "MX-CHH", "MX-SON", "CO-ANT", "CO-MET", "CO-COR", "BO-S",
        "BO-C", "UY-CA", "UY-PA", "CL-ML", "CL-LL", "PE-ARE", "PE-CAJ", "BR-MG", "BR-GO",
    ];

    public static readonly string[] Currencies = ["USD", "ARS", "MXN", "COP", "BOB", "UYU", "CLP", "PEN", "BRL"];
}
