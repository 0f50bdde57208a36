# frozen_string_literal: true
#
# The render loop of scripts/liquid-oracle.rb, run when its `jekyll build` has written the site (the posts'
# content is then their rendered HTML, as when a page renders).
require "json"

Jekyll::Hooks.register :site, :post_write do |site|
  # the settings the command line gave for this loop, back to the defaults kyll's side has
  site.config["plugins_dir"] = "_plugins"
  site.config["quiet"] = false
  page_data = ENV["FUZZ_PAGE_DATA"] && Jekyll::Utils.safe_load_yaml(ENV["FUZZ_PAGE_DATA"])
  $stdout.sync = true
  $stdin.each_line do |line|
    text = JSON.parse(line)
    begin
      # {"page": ..., "layout": ...} (fuzz-liquid --layout): the layout `fz` read again from the text given
      if text.is_a?(Hash)
        File.write(File.join(site.source, "_layouts", "fz.html"), text["layout"])
        site.layouts["fz"] = Jekyll::Layout.new(site, File.join(site.source, "_layouts"), "fz.html")
        text = text["page"]
      end
      # a Jekyll::Page, as the build reads kyll's page (its class shows in inspect and in sort's errors):
      # read from a file with empty front matter, its content and data set below
      name = ENV.fetch("FUZZ_PAGE", "fuzz.html")
      File.write(File.join(site.source, name), "---\n---\n") unless File.exist?(File.join(site.source, name))
      page = Jekyll::Page.new(site, site.source, "", name)
      page.content = text
      # the page's front matter, read as Jekyll reads a file's (SafeYAML: dates and times are Date and Time)
      page.data = page_data ? Marshal.load(Marshal.dump(page_data)) : { "title" => "Fuzz", "n" => 3, "f" => 2.5, "s" => "3", "list" => [3, 1, 2], "words" => %w(b a C), "empty" => "", "nothing" => nil, "t" => true, "ff" => false, "h" => { "a" => 1, "b" => [1, 2] } }
      # A new template for each text (the renderer caches by file name); its profile stays, as
      # includes parsed by an earlier render are taken from a cache that outlives a reset.
      site.liquid_renderer.cache.clear
      # site.tags and site.categories store the keys a template asks for (their default block):
      # each template starts from them as read, as kyll's render does.
      site.instance_variable_set(:@post_attr_hash, {})
      # the page is one of site.pages while it renders, as in a build of the site with it (kyll's side)
      site.pages << page
      output = Jekyll::Renderer.new(site, page).run
      # bytes that are no UTF-8 (base64_decode's): kyll's strings hold U+FFFD there, as String#scrub writes them
      output = output.dup.force_encoding(Encoding::UTF_8).scrub if output.is_a?(String)
      puts JSON.generate(output)
    rescue Exception => e # rubocop:disable Lint/RescueException -- a Liquid error of any class ends the render
      puts JSON.generate({ "error" => e.class.to_s, "message" => e.message })
    ensure
      site.pages.delete(page)
    end
  end
end
