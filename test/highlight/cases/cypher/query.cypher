// Find friends of friends
MATCH (p:Person {name: 'Alice'})-[:KNOWS]->(f:Person)-[:KNOWS*1..2]->(fof:Person)
WHERE NOT (p)-[:KNOWS]->(fof) AND fof.age > 30
RETURN fof.name AS name, count(*) AS mutual
ORDER BY mutual DESC
LIMIT 10;

/* Create some nodes
   and relationships */
CREATE (a:Person {name: "Bob", age: 42, score: 3.5})
CREATE (b:Movie {title: 'The Matrix', released: 1999})
MERGE (a)-[r:ACTED_IN {roles: ['Neo']}]->(b)
ON CREATE SET r.created = timestamp()
WITH a, b
UNWIND range(1, 5) AS i
OPTIONAL MATCH (m:Movie)<-[:DIRECTED]-(d)
WHERE m.title STARTS WITH 'The' OR d.name CONTAINS "son"
RETURN collect(DISTINCT d.name), size(collect(m)), toUpper(`weird name`)
CALL db.labels() YIELD label
DETACH DELETE a;
