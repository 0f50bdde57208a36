# Writes what real Jekyll renders for every highlight tag case:
#   test/highlight/tag-cases/<name>.liquid  →  <name>.html
# Each case becomes an .html page of a throw-away Jekyll site (Liquid only, no layout).
#   ruby test/highlight/make-tag-cases.rb
require 'fileutils'
require 'tmpdir'

CASES = File.join(__dir__, 'tag-cases')

Dir.mktmpdir do |dir|
  src = File.join(dir, 'src')
  dest = File.join(dir, 'out')
  FileUtils.mkdir_p(src)
  File.write(File.join(src, '_config.yml'), "markdown: kramdown\n")
  names = Dir.glob(File.join(CASES, '*.liquid')).sort.map { |f| File.basename(f, '.liquid') }
  names.each do |name|
    File.write(File.join(src, "#{name}.html"), "---\n---\n" + File.read(File.join(CASES, "#{name}.liquid")))
  end
  env = { 'TZ' => 'UTC', 'SOURCE_DATE_EPOCH' => '1767225600', 'JEKYLL_ENV' => 'production' }
  system(env, 'faketime', '-f', '2026-01-01 00:00:00', 'jekyll', 'build', '--source', src, '--destination', dest,
         '--disable-disk-cache', '--quiet', exception: true)
  names.each do |name|
    FileUtils.cp(File.join(dest, "#{name}.html"), File.join(CASES, "#{name}.html"))
  end
end
