package io.segmentation.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** A fixed catalogue of gift-shop products, each with a StockCode, a description, a stable price and a popularity. */
final class ProductCatalogue {

    /** Size of the catalogue built by {@link #standard()}. */
    static final int STANDARD_SIZE = 420;

    // The catalogue does not depend on the generator's seed, so a StockCode means the same product in every file.
    private static final long CATALOGUE_SEED = 541_909L;

    private static final String[] THEMES = { "RED RETROSPOT", "RETROSPOT", "POLKADOT", "VINTAGE", "REGENCY",
            "PAISLEY PARK", "SPACEBOY", "DOLLY GIRL", "WOODLAND", "STRAWBERRY", "UNION JACK", "CHRISTMAS",
            "HEART OF WICKER", "BIRD", "LOVE", "ENGLISH ROSE", "SKULL", "ALPHABET", "LONDON", "FRENCH", "BAROQUE",
            "SUKI", "CHARLOTTE", "JAM MAKING", "PANTRY", "VINTAGE DOILY", "50'S CHRISTMAS", "SCANDINAVIAN",
            "ANTIQUE SILVER", "PINK", "BLUE", "IVORY", "GREEN", "LOVEBIRD", "WILD FLOWER" };

    private static final String[] COLOURS = { "WHITE", "RED", "PINK", "BLUE", "IVORY", "GREEN", "BLACK", "CREAM",
            "HOT PINK", "SILVER" };

    // Item patterns, with % standing for a theme, and their usual price in pence.
    private static final String[] ITEMS = { "LUNCH BAG %", "JUMBO BAG %", "PACK OF 72 % CAKE CASES",
            "% HANGING HEART T-LIGHT HOLDER", "% ALARM CLOCK BAKELIKE", "DOORMAT %", "% MUG", "% CUP AND SAUCER",
            "% BUNTING", "% HANGING DECORATION", "% WALL CLOCK", "% LANTERN", "PACK OF 20 % PAPER NAPKINS",
            "WRAP %", "% CANDLE", "% TRINKET BOX", "DRAWER KNOB CERAMIC %", "% PHOTO FRAME", "% NOTEBOOK",
            "CHILDRENS CUTLERY %", "SET OF 3 % CAKE TINS", "HOT WATER BOTTLE %", "% KEY RING", "% GIFT BAG LARGE",
            "% PARTY BAG", "% JAM JAR", "% CUSHION COVER", "% STORAGE JAR", "% BAKING SET", "% PENCILS",
            "SET OF 4 % COASTERS", "% TEA TOWEL", "% SHOPPER BAG", "% CHARLOTTE BAG", "% PICNIC BASKET",
            "SMALL % TIN", "LARGE % TIN", "% PAPER CHAIN KIT", "% SNACK BOX", "% CAKE STAND" };

    private static final int[] ITEM_PENCE = { 165, 208, 55, 255, 375, 795, 125, 295, 495, 85, 850, 495, 85, 42,
            125, 125, 145, 295, 165, 415, 495, 495, 83, 125, 165, 95, 375, 325, 750, 29, 125, 125, 165, 85, 1275,
            95, 165, 295, 250, 995 };

    // Rare descriptions with commas or quotes, as in the real file; they exercise RFC 4180 quoting.
    private static final String[] ODD_DESCRIPTIONS = { "WRAP, BILLBOARD FONTS DESIGN", "KEY FOB , GARAGE DESIGN",
            "FEATHER PEN,HOT PINK", "FEATHER PEN,COAL BLACK", "WHITE TEA,COFFEE,SUGAR JARS",
            "BLACK TEA,COFFEE,SUGAR JARS", "METAL SIGN,CUPCAKE SINGLE HOOK", "RECORD FRAME 7\" SINGLE SIZE ",
            "LETTER \"A\" BLING KEY RING", "LETTER \"L\" BLING KEY RING", "SET/6 \"FRUIT SALAD\" PAPER CUPS",
            "POPPY'S PLAYHOUSE, KITCHEN", "FRIDGE MAGNETS, US DINER ASSORTED", "DOG COLLAR, PINK HEART" };

    private static final int[] ODD_PENCE = { 42, 65, 39, 39, 195, 195, 125, 210, 83, 83, 65, 210, 85, 129 };

    private final String[] csvHead;

    private final String[] csvHeadWithoutDescription;

    private final String[] priceText;

    private final int[] pence;

    private final double[] cumulativePopularity;

    private ProductCatalogue(List<String> codes, List<String> descriptions, List<Integer> pence, double[] popularity) {
        int size = codes.size();
        this.csvHead = new String[size];
        this.csvHeadWithoutDescription = new String[size];
        this.priceText = new String[size];
        this.pence = new int[size];
        for (int i = 0; i < size; i++) {
            this.csvHead[i] = codes.get(i) + "," + csvField(descriptions.get(i)) + ",";
            this.csvHeadWithoutDescription[i] = codes.get(i) + ",,";
            this.pence[i] = pence.get(i);
            this.priceText[i] = price(this.pence[i]);
        }
        this.cumulativePopularity = RandomDraws.cumulative(popularity);
    }

    /** The catalogue every generated file uses. */
    static ProductCatalogue standard() {
        SplittableRandom random = new SplittableRandom(CATALOGUE_SEED);
        List<String> codes = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        List<Integer> pence = new ArrayList<>();
        Set<String> usedCodes = new HashSet<>();
        Set<String> usedDescriptions = new HashSet<>();
        for (int i = 0; i < ODD_DESCRIPTIONS.length; i++) {
            add(codes, descriptions, pence, plainCode(random, usedCodes), ODD_DESCRIPTIONS[i], ODD_PENCE[i]);
            usedDescriptions.add(ODD_DESCRIPTIONS[i]);
        }
        while (codes.size() < STANDARD_SIZE) {
            int item = random.nextInt(ITEMS.length);
            String base = ITEMS[item].replace("%", THEMES[random.nextInt(THEMES.length)]);
            if (!usedDescriptions.add(base)) {
                continue;
            }
            int price = roundedPrice(ITEM_PENCE[item] * priceFactor(random));
            if (random.nextDouble() < 0.12 && !colourTheme(base)) {
                addColourVariants(random, codes, descriptions, pence, usedCodes, base, price);
            }
            else {
                String description = random.nextDouble() < 0.12 ? base + " " : base;
                add(codes, descriptions, pence, plainCode(random, usedCodes), description, price);
            }
        }
        return new ProductCatalogue(codes, descriptions, pence, popularity(random, codes.size()));
    }

    private static void addColourVariants(SplittableRandom random, List<String> codes, List<String> descriptions,
            List<Integer> pence, Set<String> usedCodes, String base, int price) {
        String code;
        do {
            code = String.valueOf(84000 + random.nextInt(2000));
        }
        while (!usedCodes.add(code));
        int variants = 2 + random.nextInt(3);
        int firstColour = random.nextInt(COLOURS.length);
        boolean commaStyle = random.nextDouble() < 0.3;
        for (int v = 0; v < variants && codes.size() < STANDARD_SIZE; v++) {
            String colour = COLOURS[(firstColour + v) % COLOURS.length];
            String description = commaStyle ? base + "," + colour : base + " " + colour;
            add(codes, descriptions, pence, code + (char) ('A' + v), description, price);
        }
    }

    private static boolean colourTheme(String description) {
        for (String colour : COLOURS) {
            if (description.contains(colour)) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<String> codes, List<String> descriptions, List<Integer> pence, String code,
            String description, int price) {
        codes.add(code);
        descriptions.add(description);
        pence.add(price);
    }

    private static String plainCode(SplittableRandom random, Set<String> usedCodes) {
        String code;
        do {
            code = String.valueOf(random.nextDouble() < 0.85 ? 20600 + random.nextInt(3400)
                    : 10000 + random.nextInt(80000));
        }
        while (!usedCodes.add(code) || code.startsWith("84") || code.startsWith("85"));
        return code;
    }

    private static double priceFactor(SplittableRandom random) {
        double[] factors = { 0.8, 1.0, 1.0, 1.0, 1.0, 1.2, 1.5 };
        return factors[random.nextInt(factors.length)];
    }

    // Prices end in 5 or 0 pence above 50p, as most of the real catalogue does.
    private static int roundedPrice(double pence) {
        return pence < 50 ? (int) Math.round(pence) : (int) (Math.round(pence / 5.0) * 5);
    }

    // Zipf-like popularity over a random ranking: a few best sellers, a long tail.
    private static double[] popularity(SplittableRandom random, int size) {
        int[] rank = new int[size];
        for (int i = 0; i < size; i++) {
            rank[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = rank[i];
            rank[i] = rank[j];
            rank[j] = swap;
        }
        double[] weights = new double[size];
        for (int i = 0; i < size; i++) {
            weights[i] = 1.0 / StrictMath.pow(rank[i] + 4.0, 0.9);
        }
        return weights;
    }

    /** Number of products. */
    int size() {
        return this.pence.length;
    }

    /** A product drawn by popularity. */
    int draw(SplittableRandom random) {
        return RandomDraws.pick(this.cumulativePopularity, size(), random.nextDouble());
    }

    /** {@code StockCode,Description,} of a product, the description quoted when it needs to be. */
    String csvHead(int product) {
        return this.csvHead[product];
    }

    /** {@code StockCode,,}: the product with an empty description, as on some zero-price lines. */
    String csvHeadWithoutDescription(int product) {
        return this.csvHeadWithoutDescription[product];
    }

    /** The product's unit price with two decimals, e.g. {@code 2.55}. */
    String priceText(int product) {
        return this.priceText[product];
    }

    /** The product's unit price in pence. */
    int pence(int product) {
        return this.pence[product];
    }

    /** A quantity for one line of a product: cheap items sell by the dozen, dear ones singly. */
    int drawQuantity(SplittableRandom random, int product) {
        int[] table = this.pence[product] < 100 ? QuantityTables.CHEAP : QuantityTables.REGULAR;
        return table[random.nextInt(table.length)];
    }

    /** A price in pence written with two decimals and a '.' whatever the locale. */
    static String price(int pence) {
        int rest = pence % 100;
        return (pence / 100) + (rest < 10 ? ".0" : ".") + rest;
    }

    /** A CSV field per RFC 4180: quoted, with quotes doubled, when it holds a comma, a quote or a line break. */
    static String csvField(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
