# frozen_string_literal: true
# Run real Jekyll 4.3.1 as GitHub Pages builds a site (the github-pages gem's profile), to compare
# kyll's `github_pages: true` with. Not a Debian package, so the gems' lib/ folders go on RUBYLIB:
#   github/pages-gem (232), jekyll/jemoji (0.13.0), github/gemoji (v4.1.0),
#   github/jekyll-commonmark-ghpages (0.5.1), and a folder with an empty jekyll-coffeescript.rb;
# theme gems (pages-themes/*: `gem build`, then `gem install --local --ignore-dependencies` into
# a GEM_HOME listed on GEM_PATH). Then, in the site (whose _config.yml also says github_pages: true
# for kyll; Jekyll ignores the key):
#   RUBYLIB=...:/path/to/kyll/scripts RUBYOPT=-rgithub-pages-oracle \
#   PAGES_REPO_NWO=owner/repo PAGES_API_URL=http://127.0.0.1:9 NO_NETRC=1 JEKYLL_BUILD_REVISION=<sha> \
#   bash /work/shared/conformance/build-both.sh <kyll> <site> <out>
# One known artefact of loading this with RUBYOPT (not of GitHub Pages): Ruby lists a class's methods
# in an order that depends on what was loaded before it, so a document's Drop#keys (what `jsonify`
# of a post or collection document writes) come in another order than `jekyll build` alone gives
# (url, name, id, content, ... instead of name, id, relative_path, ...); even RUBYOPT=-rjekyll alone
# changes it. kyll keeps the order of a plain build: a key-order difference in a document's JSON is
# this, not a kyll bug (hackforla/website's toolkit.js).
# Three adjustments for running the gem (made for Jekyll 3.10) on Jekyll 4.3.1 offline:
require "jekyll"

# 1. Jekyll 4 dropped Configuration#fix_common_issues (3.x only fixed a `paginate` below 1).
class Jekyll::Configuration
  def fix_common_issues; self; end unless method_defined?(:fix_common_issues)
end

require "github-pages"

# 2. #exclude_cname compares `exclude` with Jekyll 3's default list; a Jekyll 4.3 configuration that
# sets no `exclude` holds DEFAULT_EXCLUDES, so compare with that (as on GitHub, a site that excludes
# nothing of its own also leaves out CNAME).
GitHubPages::Configuration.singleton_class.class_eval do
  private def exclude_cname(config)
    return unless config["exclude"] == Jekyll::Configuration::DEFAULT_EXCLUDES

    config["exclude"] = config["exclude"] + ["CNAME"]
  end
end

# 3. Offline, jekyll-github-metadata 2.15's owner_public_repositories calls `map` on the client's
# `false` and fails whenever the whole drop is read (a `github:` hash in _config.yml deep-merges it);
# keep the offline answer (false), as the other list fields give it.
require "jekyll-github-metadata"
Jekyll::GitHubMetadata::Repository.class_eval do
  def owner_public_repositories
    memoize_value :@owner_public_repositories, Jekyll::GitHubMetadata::Value.new("owner_public_repositories", proc { |c|
      list = c.list_repos(owner, :type => "public", :accept => "application/vnd.github.mercy-preview+json")
      list && list.map { |r| r }
    })
  end
end
