#import <UIKit/UIKit.h>
#import "ViewController.h"

// A view controller
@interface ViewController () <UITableViewDataSource>
@property (nonatomic, strong) NSArray<NSString *> *items;
@property (nonatomic, assign) NSInteger count;
@end

@implementation ViewController

- (void)viewDidLoad {
    [super viewDidLoad];
    self.items = @[@"One", @"Two", @"Three"];
    NSDictionary *info = @{@"key": @42, @"pi": @3.14f, @"flag": @YES};
    self.count = [self.items count];
    NSLog(@"Loaded %ld items: %@", (long)self.count, info);
}

- (NSInteger)tableView:(UITableView *)tableView numberOfRowsInSection:(NSInteger)section {
    return self.items.count > 0 ? self.items.count : 0;
}

+ (instancetype)controllerWithTitle:(NSString *)title {
    ViewController *vc = [[ViewController alloc] initWithNibName:nil bundle:nil];
    vc.title = title;
    return vc;
}

- (void)dealloc {
    @try {
        [[NSNotificationCenter defaultCenter] removeObserver:self];
    } @catch (NSException *e) {
        /* ignore */
    }
    void (^block)(int) = ^(int x) { printf("%d\n", x * 2); };
    block(21);
    BOOL ok = NO;
    id obj = nil;
    for (NSString *s in self.items) { ok = YES; }
}

@end
