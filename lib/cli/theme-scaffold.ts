// The files of `kyll new-theme NAME`: Jekyll::ThemeBuilder's tree (its folders, three layouts, a
// Gemfile and NAME.gemspec that package the theme as a gem for Jekyll ~> 4.3, README.md,
// LICENSE.txt, CODE_OF_CONDUCT.md with -c, .gitignore), the prose in kyll's own words.
import { inspectString } from '../liquid/ruby/to-s.js';
import { JEKYLL_VERSION } from '../plugins/shared/constants.js';

/** ThemeBuilder::SCAFFOLD_DIRECTORIES, in its order: made first, and the folders the gem packages. */
export const THEME_FOLDERS = ['assets', '_data', '_layouts', '_includes', '_sass'] as const;

export interface ThemeAuthor {
  /** `git config user.name` and `user.email` (empty when git has none). */
  readonly name: string;
  readonly email: string;
}

/** The theme's files in the order ThemeBuilder#create! writes them (.gitignore last, after `git init`). */
export function themeFiles(theme: string, author: ThemeAuthor, year: number, codeOfConduct: boolean): Array<[string, string]> {
  const layout = '---\nlayout: default\n---\n\n{{ content }}\n';
  // ERBRenderer#jekyll_version_with_minor: "4.3"
  const minor = JEKYLL_VERSION.split('.').slice(0, 2).join('.');
  const files: Array<[string, string]> = [
    ['_layouts/page.html', layout],
    ['_layouts/post.html', layout],
    ['_layouts/default.html', '{{ content }}\n'],
    ['Gemfile', '# frozen_string_literal: true\n\nsource "https://rubygems.org"\ngemspec\n'],
    [`${theme}.gemspec`, gemspec(theme, author, minor)],
    ['README.md', readme(theme)],
    ['LICENSE.txt', mitLicense(year, author.name)],
  ];
  if (codeOfConduct) files.push(['CODE_OF_CONDUCT.md', conduct(author.email)]);
  return files;
}

/** The theme's .gitignore: the built gem, Bundler's and Jekyll's own files. */
export const THEME_GITIGNORE = '*.gem\n.bundle\n.jekyll-cache\n.sass-cache\n_site\nGemfile.lock\n';

function gemspec(theme: string, author: ThemeAuthor, minor: string): string {
  // the files a built gem takes: those git tracks in the theme's folders, the licence, the readme, _config.yml
  const packaged = `^(${THEME_FOLDERS.join('|')}|LICENSE|README|_config\\.yml)`;
  return `# frozen_string_literal: true

Gem::Specification.new do |spec|
  spec.name          = ${inspectString(theme)}
  spec.version       = "0.1.0"
  spec.authors       = [${inspectString(author.name)}]
  spec.email         = [${inspectString(author.email)}]

  spec.summary       = "TODO: the theme in one line (RubyGems requires a summary)."
  spec.homepage      = "TODO: the theme's website or the address of its repository."
  spec.license       = "MIT"

  spec.files         = \`git ls-files -z\`.split("\\x0").select { |f| f.match(%r!${packaged}!i) }

  spec.add_runtime_dependency "jekyll", "~> ${minor}"
end
`;
}

function readme(theme: string): string {
  return `# ${theme}

A Jekyll theme, packaged as a gem. Its layouts go in \`_layouts\`, its includes in \`_includes\`,
its Sass partials in \`_sass\` and its other files (stylesheets, scripts, images) in \`assets\`.
This folder is a site too: add a page or a post and run \`kyll serve\` (or \`bundle exec jekyll serve\`)
to see the theme at work.

TODO: Replace the text above with what the theme looks like and offers.

## Installation

In a Jekyll site, add the gem to the \`Gemfile\`:

\`\`\`ruby
gem ${inspectString(theme)}
\`\`\`

and name the theme in \`_config.yml\`:

\`\`\`yaml
theme: ${theme}
\`\`\`

then run:

    $ bundle

or install the gem on its own:

    $ gem install ${theme}

## Usage

TODO: List the layouts, includes, Sass partials and assets the theme has, and how to use them.

## Contributing

Bug reports and pull requests are welcome on GitHub at https://github.com/[USERNAME]/${theme}.
Contributors are expected to follow the [Contributor Covenant](https://www.contributor-covenant.org/) code of conduct.

## Development

Run \`bundle install\` once. The theme folder builds as a site: \`bundle exec jekyll serve\` serves it
at \`http://localhost:4000\` and builds it again whenever a file changes.

A released gem holds only the files git tracks in \`_layouts\`, \`_includes\`, \`_sass\` and \`assets\`
(with LICENSE, README and \`_config.yml\`); to ship another folder, add it to the pattern of
\`spec.files\` in \`${theme}.gemspec\`.

## License

The theme is open source, under the terms of the [MIT License](https://opensource.org/licenses/MIT).
`;
}

// The MIT License, as ThemeBuilder's LICENSE.txt gives it: the year and `git config user.name`.
function mitLicense(year: number, holder: string): string {
  return `The MIT License (MIT)

Copyright (c) ${year} ${holder}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.
`;
}

// -c: the project adopts the Contributor Covenant (1.4, as Jekyll's scaffold does), reports going to `git config user.email`.
function conduct(email: string): string {
  return `# Code of Conduct

This project follows the Contributor Covenant, version 1.4:
https://www.contributor-covenant.org/version/1/4/code-of-conduct.html

Everyone who takes part (in issues, pull requests, and wherever the project is represented) is
expected to keep to it: to be welcoming and respectful, and to leave harassment out.

Behaviour that breaks it can be reported to the project team at ${email}. Every report is
reviewed, answered as the circumstances call for, and kept confidential.
`;
}
