module Jekyll
  class TagIndex < Page
    def initialize(site, base, dir, tag)
      @site, @base, @dir = site, base, dir
      @name = "index.html"
      self.process(@name)
      self.read_yaml(File.join(base, '_layouts'), 'tag_index.html')
      self.data['tag'] = tag
      self.data['title'] = "Posts tagged #{tag.capitalize}" unless tag.nil?
      text = <<~EOS
        Hello #{tag}
      EOS
      %w[a b].each { |x| puts x if x =~ /a+/i }
    end
  end
end
