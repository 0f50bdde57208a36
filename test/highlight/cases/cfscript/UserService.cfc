/**
 * User service component
 */
component accessors="true" output="false" {
    property name="dsn" type="string";
    property name="cache" type="struct";

    public UserService function init(required string dsn) {
        variables.dsn = arguments.dsn;
        variables.cache = {};
        return this;
    }

    public struct function getUser(required numeric id) {
        if (structKeyExists(variables.cache, arguments.id)) {
            return variables.cache[arguments.id];
        }
        var q = queryExecute(
            "SELECT id, name, email FROM users WHERE id = :id",
            { id: { value: arguments.id, cfsqltype: "cf_sql_integer" } },
            { datasource: variables.dsn }
        );
        var user = q.recordCount gt 0 ? { name: q.name, email: q.email } : {};
        variables.cache[arguments.id] = user;
        return user;
    }

    remote array function search(string term = "") returnformat="json" {
        var results = [];
        for (var i = 1; i <= 10; i++) {
            if (len(term) and not isNull(term) || i mod 2 eq 0) {
                arrayAppend(results, "user-" & i);
            }
        }
        // bail out early
        if (arrayLen(results) greater than or equal to 5) {
            return results;
        }
        try {
            throw(type = "NotFound", message = 'No users');
        } catch (any e) {
            writeLog(text = e.message, type = "error");
        }
        return results;
    }

    private void function clear() {
        structClear(variables.cache);
        session.count = 0x1F + 1.5;
    }
}
