xquery version "3.1";

module namespace rep = "http://example.org/report";

import module namespace functx = "http://www.functx.com" at "functx.xq";
declare namespace xs = "http://www.w3.org/2001/XMLSchema";
declare option output:method "html";
declare variable $rep:books as element(book)* := doc("books.xml")//book;

(:~ Builds a table of books grouped by year. :)
declare %public function rep:by-year($books as element(book)*) as element(table) {
  <table class="report" border="1">
    <tr><th>Year</th><th>Titles</th></tr>
    {
      for $book in $books
      let $year := xs:integer($book/@year)
      where $year >= 2000
      group by $year
      order by $year descending empty least
      count $n
      return
        <tr data-row="{$n}" title='year {$year}'>
          <td>{ $year }</td>
          <td>{ string-join($book/title, ", ") }</td>
        </tr>
    }
  </table>
};

declare function rep:price($b as element(book)) as xs:decimal? {
  typeswitch ($b/price)
    case $p as element(price) return xs:decimal($p) * 1.2
    default return ()
};

declare function rep:safe($x) {
  try { xs:date($x) }
  catch err:FORG0001 { () }
};

(: window clauses and string constructors :)
let $text := ``[Total: `{ count($rep:books) }` books]``
for tumbling window $w in (1 to 10)
  start $s when true()
  end $e when $e - $s eq 2
return (# saxon:stream #) { <group size="{count($w)}">{ $w }</group> }
<!-- generated -->
<?processing instruction?>
<![CDATA[ raw <text> ]]>
