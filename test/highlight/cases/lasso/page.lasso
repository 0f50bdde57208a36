<!DOCTYPE html>
<html>
<head><title>[$page_title]</title></head>
<body>
<?lasso
  // Fetch the latest articles
  local(articles = array, limit = 10)
  var(page_title = 'Latest news')

  define article => type {
    data public title::string = '',
         public body::string = '',
         public published::date
    public summary(length::integer = 100) => {
      return .body->sub(1, #length) + '...'
    }
  }

  inline(-database = 'news', -table = 'articles', -maxrecords = #limit, -search) => {
    records => {
      #articles->insert(article(field('title'), field('body')))
    }
  }

  /* loop over the results */
  with a in #articles
  where #a->title != ''
  do {
    content_body->append('<h2>' + #a->title + '</h2>')
  }
  $page_title = 'News (' + #articles->size + ')'
  if(#limit > 5 && true) => { 'many' else 'few' }
  0x1F + 1.5e3 - infinity
?>
<p>Footer [date->format('%Y')]</p>
[noprocess]<b>[not processed]</b>[/noprocess]
</body>
</html>
