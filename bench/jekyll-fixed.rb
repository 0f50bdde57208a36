# Loaded into Jekyll 4.3.1 by `npm run bench` (ruby -r this file, then the jekyll command) to time
# Jekyll as released from 4.3.2 on. In 4.3.1 Site#each_site_file remembers the files it has
# yielded in an Array and asks `include?` of every file: quadratic in the number of outputs (12 s
# of a 1,000-post build here). 4.3.2 dropped that check (jekyll/jekyll#9187); a Set of the files
# seen gives the same files in the same order at a constant cost each.
require "set"
require "jekyll"

module Jekyll
  class Site
    def each_site_file
      seen = Set.new.compare_by_identity
      %w(pages static_files_to_write docs_to_write).each do |type|
        send(type).each { |item| yield item if seen.add?(item) }
      end
    end
  end
end
