package org.cba.eval;

import java.util.HashMap;
import java.util.Map;
import org.cba.check.Type;

/**
 * What one term or table has worked out in one interpreter, by its arguments: the value of a term
 * without parameters; for calls on one data row, an array indexed by row (most calls are of this
 * kind, one per row, and hashing them would cost more than computing some); for other arguments,
 * an array indexed by their members when all are enum members (a table of grade bands by level
 * and grade), else a map per argument, nested (no list is made to look a call up).
 */
final class Memo {
    /** Past this many combinations of members, calls are remembered in the maps instead. */
    private static final int MAX_DENSE = 4096;

    Value constant;
    private EntityTable rowTable;
    private Value[] byRow;
    private Value[] byMembers;
    /** The enum types byMembers is laid out for; arguments of another instance go to the maps. */
    private Type.Enum[] memberTypes;
    private boolean laidOut;
    private final Map<Value, Object> byArgs = new HashMap<>();

    /** The position of all-member arguments in byMembers (made at first use), or -1. */
    private int dense(Value[] args) {
        if (memberTypes == null) {
            if (laidOut || !layOut(args)) {
                laidOut = true;
                return -1;
            }
            laidOut = true;
        }
        if (memberTypes.length != args.length) {
            return -1;
        }
        int index = 0;
        for (int i = 0; i < args.length; i++) {
            if (!(args[i] instanceof Value.EnumV e) || e.type() != memberTypes[i] || e.ordinal() < 0) {
                return -1;
            }
            index = index * memberTypes[i].members().size() + e.ordinal();
        }
        return index;
    }

    /** Lays byMembers out for these arguments' enum types, when all are members and not too many combinations. */
    private boolean layOut(Value[] args) {
        Type.Enum[] types = new Type.Enum[args.length];
        int size = 1;
        for (int i = 0; i < args.length; i++) {
            if (!(args[i] instanceof Value.EnumV e)) {
                return false;
            }
            types[i] = e.type();
            size *= types[i].members().size();
            if (size > MAX_DENSE) {
                return false;
            }
        }
        memberTypes = types;
        byMembers = new Value[size];
        return true;
    }

    Value onRow(Value.Row row) {
        return row.table() == rowTable ? byRow[row.index()] : null;
    }

    void putOnRow(Value.Row row, Value v) {
        if (row.table() != rowTable) {
            rowTable = row.table();
            byRow = new Value[rowTable.size()];
        }
        byRow[row.index()] = v;
    }

    @SuppressWarnings("unchecked")
    Value get(Value[] args) {
        if (args.length == 0) {
            return constant;
        }
        int dense = dense(args);
        if (dense >= 0) {
            return byMembers[dense];
        }
        Object at = byArgs;
        for (Value a : args) {
            at = ((Map<Value, Object>) at).get(a);
            if (at == null) {
                return null;
            }
        }
        return (Value) at;
    }

    @SuppressWarnings("unchecked")
    void put(Value[] args, Value v) {
        if (args.length == 0) {
            constant = v;
            return;
        }
        int dense = dense(args);
        if (dense >= 0) {
            byMembers[dense] = v;
            return;
        }
        Map<Value, Object> at = byArgs;
        for (int i = 0; i < args.length - 1; i++) {
            at = (Map<Value, Object>) at.computeIfAbsent(args[i], k -> new HashMap<Value, Object>());
        }
        at.put(args[args.length - 1], v);
    }
}
