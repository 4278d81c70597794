package org.cba.gen;

/** A recipe of the profile that cannot be read or run: says which table and column. */
final class RecipeException extends IllegalArgumentException {
    RecipeException(String table, String column, String message) {
        super("extra table \"" + table + "\"" + (column == null ? "" : ", column \"" + column + "\"") + ": " + message);
    }
}
