// People statistics in ECL
IMPORT Std;

Layout_Person := RECORD
  UNSIGNED4 id;
  STRING20  firstname;
  STRING30  lastname;
  INTEGER1  age;
  REAL8     income;
  DECIMAL10_2 balance;
  BOOLEAN   active := TRUE;
END;

people := DATASET('~thor::people', Layout_Person, THOR);

/* keep adults
   with some income */
adults := people(age >= 18 AND income > 0.0);

ByAge := TABLE(adults, {age, cnt := COUNT(GROUP), avgIncome := AVE(GROUP, income)}, age);

Layout_Person Clean(Layout_Person L) := TRANSFORM
  SELF.firstname := Std.Str.ToUpperCase(L.firstname);
  SELF.lastname := TRIM(L.lastname, LEFT, RIGHT);
  SELF := L;
END;

cleaned := PROJECT(adults, Clean(LEFT));
sorted := SORT(cleaned, -income, lastname);

OUTPUT(CHOOSEN(sorted, 100), NAMED('TopEarners'));
OUTPUT(ByAge, NAMED('ByAge'));
hexval := 0x1F + 1Fx + 0b1010 + 1.5e3;
mask := x'ff00';
#OPTION('outputLimit', 100);
EMBED(Python)
  return 42
ENDEMBED;
IF(EXISTS(people), 'yes', 'no') = 'yes' OR NOT FALSE;
